// Validates a `kjwatch-rules` file and explains every problem (which rule, which field) at
// once, instead of throwing at the first: a researcher fixing a hand-edited file wants the
// whole list.
import type { RuleField, WatchRule } from '../model.ts';
import { foldText } from '../text/fold-text.ts';

export const RULES_FORMAT_NAME = 'kjwatch-rules';
export const RULES_FORMAT_VERSION = 1;

export interface RuleProblem {
  /** Where: `rules[2] "inspection" .any[1]`, or `formatName` for the file itself. */
  path: string;
  message: string;
}

export type RulesParseResult =
  | { ok: true; rules: WatchRule[] }
  | { ok: false; problems: RuleProblem[] };

const RULE_KEYS = new Set(['id', 'name', 'color', 'any', 'all', 'none', 'fields', 'sites']);
const FIELDS: readonly RuleField[] = ['title', 'body'];
const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkTerms(value: unknown, where: string, problems: RuleProblem[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path: where, message: 'must be a list of terms, e.g. ["巡视", "巡察"]' });
    return undefined;
  }
  const terms: string[] = [];
  value.forEach((term, i) => {
    if (typeof term !== 'string' || term.trim() === '') {
      problems.push({ path: `${where}[${i}]`, message: 'must be a non-empty string' });
    } else if (foldText(term).text.trim() === '') {
      problems.push({
        path: `${where}[${i}]`,
        message: `"${term}" has nothing left to match once spaces and invisible characters are removed`,
      });
    } else {
      terms.push(term);
    }
  });
  return terms;
}

function checkRule(
  raw: unknown,
  index: number,
  seen: Set<string>,
  problems: RuleProblem[],
): WatchRule | undefined {
  if (!isRecord(raw)) {
    problems.push({
      path: `rules[${index}]`,
      message: 'must be an object with at least "id" and "any" or "all"',
    });
    return undefined;
  }
  const label = typeof raw.id === 'string' ? `rules[${index}] "${raw.id}"` : `rules[${index}]`;
  const before = problems.length;
  const id = raw.id;
  if (typeof id !== 'string' || !ID.test(id)) {
    problems.push({
      path: `${label}.id`,
      message: 'must be a short identifier of letters, digits, "-", "_" or "." (e.g. "inspection")',
    });
  } else if (seen.has(id)) {
    problems.push({
      path: `${label}.id`,
      message: 'is used by an earlier rule; ids must be unique',
    });
  } else {
    seen.add(id);
  }
  for (const key of Object.keys(raw)) {
    if (!RULE_KEYS.has(key))
      problems.push({
        path: `${label}.${key}`,
        message: `is not a rule field (known: ${[...RULE_KEYS].join(', ')})`,
      });
  }
  if (raw.name !== undefined && typeof raw.name !== 'string')
    problems.push({ path: `${label}.name`, message: 'must be a string' });
  if (raw.color !== undefined && (typeof raw.color !== 'string' || !COLOR.test(raw.color))) {
    problems.push({ path: `${label}.color`, message: 'must be a hex colour such as "#ffd54f"' });
  }
  const any = checkTerms(raw.any, `${label}.any`, problems);
  const all = checkTerms(raw.all, `${label}.all`, problems);
  const none = checkTerms(raw.none, `${label}.none`, problems);
  if (!any?.length && !all?.length && problems.length === before) {
    problems.push({ path: label, message: 'needs at least one term in "any" or "all"' });
  }
  let fields: RuleField[] | undefined;
  if (raw.fields !== undefined) {
    if (
      !Array.isArray(raw.fields) ||
      raw.fields.length === 0 ||
      raw.fields.some((f) => !FIELDS.includes(f as RuleField))
    ) {
      problems.push({
        path: `${label}.fields`,
        message: 'must be a non-empty list of "title" and/or "body"',
      });
    } else {
      fields = [...new Set(raw.fields as RuleField[])];
    }
  }
  let sites: string[] | undefined;
  if (raw.sites !== undefined) {
    if (!Array.isArray(raw.sites) || raw.sites.some((s) => typeof s !== 'string' || s === '')) {
      problems.push({
        path: `${label}.sites`,
        message: 'must be a list of site profile ids, e.g. ["most-kjbgz"]',
      });
    } else {
      sites = raw.sites as string[];
    }
  }
  if (problems.length > before) return undefined;
  const rule: WatchRule = { id: id as string };
  if (typeof raw.name === 'string') rule.name = raw.name;
  if (typeof raw.color === 'string') rule.color = raw.color;
  if (any) rule.any = any;
  if (all) rule.all = all;
  if (none) rule.none = none;
  if (fields) rule.fields = fields;
  if (sites) rule.sites = sites;
  return rule;
}

/** Checks a parsed rules file (the `kjwatch-rules` format of DESIGN.md). */
export function parseWatchRules(input: unknown): RulesParseResult {
  const problems: RuleProblem[] = [];
  if (!isRecord(input)) {
    return {
      ok: false,
      problems: [
        { path: '(file)', message: `must be a JSON object with formatName "${RULES_FORMAT_NAME}"` },
      ],
    };
  }
  if (input.formatName !== RULES_FORMAT_NAME) {
    problems.push({ path: 'formatName', message: `must be "${RULES_FORMAT_NAME}"` });
  }
  if (
    typeof input.formatVersion !== 'number' ||
    !Number.isInteger(input.formatVersion) ||
    input.formatVersion < 1
  ) {
    problems.push({ path: 'formatVersion', message: `must be ${RULES_FORMAT_VERSION}` });
  } else if (input.formatVersion > RULES_FORMAT_VERSION) {
    problems.push({
      path: 'formatVersion',
      message: `is ${input.formatVersion}: this file was written by a newer kjwatch (this one reads version ${RULES_FORMAT_VERSION})`,
    });
  }
  if (!Array.isArray(input.rules)) {
    problems.push({ path: 'rules', message: 'must be a list of rules' });
    return { ok: false, problems };
  }
  const seen = new Set<string>();
  const rules: WatchRule[] = [];
  input.rules.forEach((raw, i) => {
    const rule = checkRule(raw, i, seen, problems);
    if (rule) rules.push(rule);
  });
  return problems.length ? { ok: false, problems } : { ok: true, rules };
}

export function formatRuleProblems(problems: readonly RuleProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('; ');
}
