// A watch rule as the editor holds it while the user types: terms as one text per list (one
// term per line), sites as one comma-separated text. Turned back into a raw rule for
// parseWatchRules, which then explains every problem by rule and field.
import type { WatchRule } from '../../../../shared/model.ts';

export interface RuleDraft {
  /** Identity of the draft in the page (ids can be edited, and can be duplicates meanwhile). */
  key: number;
  id: string;
  name: string;
  /** Undefined: the rule names no colour (the page then uses the palette's). */
  color: string | undefined;
  any: string;
  all: string;
  none: string;
  title: boolean;
  body: boolean;
  sites: string;
}

let nextKey = 1;

export function draftFromRule(rule: WatchRule): RuleDraft {
  const fields = rule.fields ?? ['title', 'body'];
  return {
    key: nextKey++,
    id: rule.id,
    name: rule.name ?? '',
    color: rule.color,
    any: (rule.any ?? []).join('\n'),
    all: (rule.all ?? []).join('\n'),
    none: (rule.none ?? []).join('\n'),
    title: fields.includes('title'),
    body: fields.includes('body'),
    sites: (rule.sites ?? []).join(', '),
  };
}

/** An empty rule with an id not yet used, for "Add rule". */
export function newDraft(taken: readonly RuleDraft[]): RuleDraft {
  const ids = new Set(taken.map((d) => d.id));
  let n = taken.length + 1;
  while (ids.has(`rule-${n}`)) n++;
  return draftFromRule({ id: `rule-${n}`, any: [] });
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean);

/** The draft as a rules-file entry, unchecked: parseWatchRules says what is wrong with it. */
export function ruleFromDraft(d: RuleDraft): Record<string, unknown> {
  const rule: Record<string, unknown> = { id: d.id.trim() };
  if (d.name.trim()) rule.name = d.name.trim();
  if (d.color) rule.color = d.color;
  for (const key of ['any', 'all', 'none'] as const) {
    const terms = lines(d[key]);
    if (terms.length) rule[key] = terms;
  }
  // Both fields is the default and stays implicit, as hand-written files have it.
  if (!(d.title && d.body))
    rule.fields = [...(d.title ? ['title'] : []), ...(d.body ? ['body'] : [])];
  const sites = d.sites.split(/[,，\s]+/).filter(Boolean);
  if (sites.length) rule.sites = sites;
  return rule;
}
