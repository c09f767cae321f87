// Marks on list entries: `data-kjwatch-rule="ruleId …"` on each entry whose title matches
// (DESIGN.md "DOM hooks"); rule-styles.ts draws the visible mark from it.
import type { MatchSpan, RuleMatcher } from '../../../shared/rules/rule-matcher.ts';
import { afterNextFrame } from './after-next-frame.ts';
import type { PageEntry } from './page-entries.ts';
import type { PageIndex } from './page-index.ts';
import type { TimeSlicer } from './time-slicer.ts';

export const ENTRY_ATTRIBUTE = 'data-kjwatch-rule';

export interface EntryMatches {
  /** Entry element → ids of the rules its title satisfies. */
  marks: Map<Element, string[]>;
  /** The matched terms inside those entries, as spans of the page text. */
  spans: MatchSpan[];
}

/**
 * The matched terms of an entry whose title matched, as spans of the page text: the title's own
 * spans moved to where the title sits in the entry's text, else (a title taken from a `title`
 * attribute) the entry's text matched again.
 */
function entrySpans(
  entry: PageEntry,
  titleSpans: readonly MatchSpan[],
  rules: readonly string[],
  index: PageIndex,
  matcher: RuleMatcher,
  options: { field: 'title'; siteId?: string },
): MatchSpan[] {
  const at = index.spanOf(entry.element);
  if (!at) return [];
  const text = index.text.slice(at[0], at[1]);
  const offset = text.indexOf(entry.title);
  if (offset >= 0) {
    const base = at[0] + offset;
    return titleSpans.map((s) => ({ ...s, start: s.start + base, end: s.end + base }));
  }
  return matcher
    .matchText(text, options)
    .spans.filter((s) => rules.includes(s.rule))
    .map((s) => ({ ...s, start: s.start + at[0], end: s.end + at[0] }));
}

export async function matchEntries(
  entries: readonly PageEntry[],
  index: PageIndex,
  matcher: RuleMatcher,
  siteId: string | undefined,
  slicer: TimeSlicer,
): Promise<EntryMatches> {
  const marks = new Map<Element, string[]>();
  const spans: MatchSpan[] = [];
  const options = siteId ? { field: 'title' as const, siteId } : { field: 'title' as const };
  for (const entry of entries) {
    // One match per title gives both the rules and their terms' places in it.
    const { rules, spans: titleSpans } = matcher.matchText(entry.title, options);
    if (rules.length > 0) {
      const known = marks.get(entry.element);
      marks.set(entry.element, known ? [...new Set([...known, ...rules])] : rules);
      // Highlight the terms in the entry even when the rule does not hold for the whole page
      // (a `none` term elsewhere on a list page must not hide a matching entry's terms).
      for (const s of entrySpans(entry, titleSpans, rules, index, matcher, options)) spans.push(s);
    }
    if (slicer.due()) await slicer.pause();
  }
  return { marks, spans };
}

/**
 * Entries (re)marked per frame. Each marked entry is restyled (~10 µs each with kjwatch's
 * sheet): 5,000 entries in one frame would be one ~50–90 ms task.
 */
const ENTRIES_PER_FRAME = 1_000;

/**
 * Sets the entry attributes to `marks`, removing those of an earlier pass, a slice per frame.
 * False when `isCurrent` turned false between slices (a newer pass takes over).
 */
export async function applyEntryMarks(
  doc: Document,
  marks: ReadonlyMap<Element, string[]>,
  isCurrent: () => boolean = () => true,
): Promise<boolean> {
  const changes: [Element, string | null][] = [];
  for (const el of doc.querySelectorAll(`[${ENTRY_ATTRIBUTE}]`)) {
    if (!marks.has(el)) changes.push([el, null]);
  }
  // An entry already marked the same way is left alone: no style recalc for it on a re-pass.
  for (const [el, rules] of marks) {
    const value = rules.join(' ');
    if (el.getAttribute(ENTRY_ATTRIBUTE) !== value) changes.push([el, value]);
  }
  for (let i = 0; i < changes.length; i += ENTRIES_PER_FRAME) {
    if (i > 0) {
      await afterNextFrame(doc);
      if (!isCurrent()) return false;
    }
    for (const [el, value] of changes.slice(i, i + ENTRIES_PER_FRAME)) {
      if (value === null) el.removeAttribute(ENTRY_ATTRIBUTE);
      else el.setAttribute(ENTRY_ATTRIBUTE, value);
    }
  }
  return true;
}
