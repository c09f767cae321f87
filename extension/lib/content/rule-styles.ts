// The page-side look of rule matches: one ::highlight() per rule colour (CSS Custom Highlight
// API), the same colour for the <mark> fallback, and the mark on matching list entries. Built
// from validated rules only (ids are [A-Za-z0-9_.-], colours hex), never from page content.
//
// Style recalc cost is what these sheets are shaped by. A ::highlight() rule per rule (100
// rules) made every recalc ~5x dearer: a highlight per colour (a handful) is styled instead,
// scoped to :root (highlight-rule.ts), and the per-rule highlights `kjwatch-<rule id>` stay
// registered, unstyled, as the DOM hook. An entry's bar comes from `data-kjwatch-color` (one
// selector per colour), not from the rule ids in `data-kjwatch-rule`: one `[data-kjwatch-rule~=id]`
// selector per rule cost ~4.5 ms more per 1,000 entries marked, and with no selector on it,
// the DOM hook is set on thousands of entries without restyling one (entry-bars.ts sets the
// bars). The colour is a custom property that does not inherit (@property), so barring an
// entry recalculates the entry alone.
// Adding a ::highlight() rule or an @property to a page restyles every element (~60–120 ms on a
// 5,000-entry list), so those live in the base sheet, installed at document_start while the
// page is still empty; the sheet made from the rules holds attribute selectors only (adding
// them restyles no element yet) and ::highlight() rules only for colours outside the palette.
import type { WatchRule } from '../../../shared/model.ts';
import { highlightRule } from './highlight-rule.ts';

/** Colours for rules that do not name one; light enough to read black text on. */
const PALETTE = ['#ffd54f', '#90caf9', '#a5d6a7', '#f48fb1', '#ce93d8', '#ffab91', '#80deea'];
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

export function ruleColor(rule: WatchRule, index: number): string {
  return rule.color && HEX.test(rule.color) ? rule.color : PALETTE[index % PALETTE.length]!;
}

/**
 * On a marked entry's bar: the colour of its last rule (in rule-file order), as hex digits
 * (`ffd54f`). Nothing else may select on `data-kjwatch-rule` (see above).
 */
export const ENTRY_COLOR_ATTRIBUTE = 'data-kjwatch-color';

/** Rule id → the value of ENTRY_COLOR_ATTRIBUTE for an entry whose last rule it is. */
export function entryColors(rules: readonly WatchRule[]): Map<string, string> {
  return new Map(rules.map((rule, i) => [rule.id, ruleColor(rule, i).slice(1).toLowerCase()]));
}

/** The highlight registry name of a rule: `kjwatch-<rule id>`. */
export function highlightName(ruleId: string): string {
  return `kjwatch-${ruleId}`;
}

/**
 * The highlight that paints a rule colour: `kjwatch--rule-<hex>`. It starts `kjwatch--` (no
 * rule id can start with "-"), so it never meets a rule's highlight `kjwatch-<rule id>`.
 */
export function colorHighlightName(color: string): string {
  return `kjwatch--rule-${color.slice(1).toLowerCase()}`;
}

/** Rule id → the colour highlight its matches are painted in (see colorHighlightName). */
export function ruleColorHighlights(rules: readonly WatchRule[]): Map<string, string> {
  return new Map(rules.map((rule, i) => [rule.id, colorHighlightName(ruleColor(rule, i))]));
}

/** A CSS identifier for a name made of [A-Za-z0-9_.-]: only `.` needs escaping. */
function cssIdent(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c}`);
}

function colorHighlightRule(color: string): string {
  return highlightRule(cssIdent(colorHighlightName(color)), `background-color: ${color};`);
}

/** What does not depend on the rules: install it before the page has elements to restyle. */
export function ruleBaseStyleSheet(): string {
  return [
    // Not inherited: setting it on an entry leaves the entry's descendants' styles alone.
    "@property --kjwatch-mark { syntax: '<color>'; inherits: false; initial-value: #ffd54f; }",
    // The entry mark: a bar in the rule's colour along the entry's left edge, which works on
    // <li>, <tr> and <td> alike and does not move the page's text.
    `[${ENTRY_COLOR_ATTRIBUTE}] { box-shadow: inset 4px 0 0 0 var(--kjwatch-mark, #ffd54f) !important; }`,
    ...PALETTE.map(colorHighlightRule),
  ].join('\n');
}

/** The rules' colours, on top of ruleBaseStyleSheet. */
export function ruleStyleSheet(rules: readonly WatchRule[]): string {
  const css: string[] = [];
  const colors = new Set(rules.map((rule, i) => ruleColor(rule, i).toLowerCase()));
  for (const color of colors) if (!PALETTE.includes(color)) css.push(colorHighlightRule(color));
  for (const color of colors) {
    const hex = color.slice(1);
    css.push(`[${ENTRY_COLOR_ATTRIBUTE}="${hex}"] { --kjwatch-mark: ${color}; }`);
  }
  rules.forEach((rule, i) => {
    const attr = JSON.stringify(rule.id);
    css.push(
      `mark[data-kjwatch-hl=${attr}] { background-color: ${ruleColor(rule, i)}; color: inherit; }`,
    );
  });
  return css.join('\n');
}
