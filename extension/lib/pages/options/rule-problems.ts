// Where a problem of parseWatchRules belongs in the editor: its path says which rule and which
// field (`rules[2] "inspection".any[1]`); a problem of the whole rule (no terms at all) is
// shown at its `any` terms, where the user would add one.
import type { RuleProblem } from '../../../../shared/rules/validate-rules.ts';

export type RuleField = 'id' | 'name' | 'color' | 'any' | 'all' | 'none' | 'fields' | 'sites';

const FIELD = /\.(id|name|color|any|all|none|fields|sites)(?:\[\d+\])?$/;

export function locateProblem(path: string): { rule: number; field: RuleField } | undefined {
  const rule = /^rules\[(\d+)\]/.exec(path);
  if (!rule) return undefined;
  const field = FIELD.exec(path)?.[1] as RuleField | undefined;
  return { rule: Number(rule[1]), field: field ?? 'any' };
}

/** Problems by rule index, then by field. */
export function problemsByField(
  problems: readonly RuleProblem[],
): Map<number, Map<RuleField, string[]>> {
  const out = new Map<number, Map<RuleField, string[]>>();
  for (const p of problems) {
    const at = locateProblem(p.path);
    if (!at) continue;
    const fields = out.get(at.rule) ?? new Map<RuleField, string[]>();
    out.set(at.rule, fields);
    fields.set(at.field, [...(fields.get(at.field) ?? []), p.message]);
  }
  return out;
}
