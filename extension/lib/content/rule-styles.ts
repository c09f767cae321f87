// The page-side look of rule matches: one ::highlight() per rule (CSS Custom Highlight API),
// the same colour for the <mark> fallback, and the mark on matching list entries. Built from
// validated rules only (ids are [A-Za-z0-9_.-], colours hex), never from page content.
import type { WatchRule } from '../../../shared/model.ts';

/** Colours for rules that do not name one; light enough to read black text on. */
const PALETTE = ['#ffd54f', '#90caf9', '#a5d6a7', '#f48fb1', '#ce93d8', '#ffab91', '#80deea'];
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

export function ruleColor(rule: WatchRule, index: number): string {
  return rule.color && HEX.test(rule.color) ? rule.color : PALETTE[index % PALETTE.length]!;
}

/** The highlight registry name of a rule: `kjwatch-<rule id>`. */
export function highlightName(ruleId: string): string {
  return `kjwatch-${ruleId}`;
}

/** A CSS identifier for a name made of [A-Za-z0-9_.-]: only `.` needs escaping. */
function cssIdent(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c}`);
}

export function ruleStyleSheet(rules: readonly WatchRule[]): string {
  const css: string[] = [
    // The entry mark: a bar in the rule's colour along the entry's left edge, which works on
    // <li>, <tr> and <td> alike and does not move the page's text.
    '[data-kjwatch-rule] { box-shadow: inset 4px 0 0 0 var(--kjwatch-mark, #ffd54f) !important; }',
  ];
  rules.forEach((rule, i) => {
    const color = ruleColor(rule, i);
    const attr = JSON.stringify(rule.id);
    css.push(
      `::highlight(${cssIdent(highlightName(rule.id))}) { background-color: ${color}; }`,
      `mark[data-kjwatch-hl=${attr}] { background-color: ${color}; color: inherit; }`,
      `[data-kjwatch-rule~=${attr}] { --kjwatch-mark: ${color}; }`,
    );
  });
  return css.join('\n');
}
