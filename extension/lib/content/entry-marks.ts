// Marks on list entries: `data-kjwatch-rule="ruleId …"` on each entry whose title matches
// (DESIGN.md "DOM hooks"); rule-styles.ts draws the visible mark from it.
import type { MatchSpan, RuleMatcher } from '../../../shared/rules/rule-matcher.ts';
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
    const rules = matcher.matchingRules(entry.title, options);
    if (rules.length > 0) {
      const known = marks.get(entry.element) ?? [];
      marks.set(entry.element, [...new Set([...known, ...rules])]);
      // Highlight the terms in the entry even when the rule does not hold for the whole page
      // (a `none` term elsewhere on a list page must not hide a matching entry's terms).
      const at = index.spanOf(entry.element);
      if (at) {
        const inEntry = matcher.matchText(index.text.slice(at[0], at[1]), options).spans;
        for (const s of inEntry) {
          if (rules.includes(s.rule))
            spans.push({ ...s, start: s.start + at[0], end: s.end + at[0] });
        }
      }
    }
    if (slicer.due()) await slicer.pause();
  }
  return { marks, spans };
}

/** Sets the entry attributes to `marks`, removing those of an earlier pass. */
export function applyEntryMarks(doc: Document, marks: ReadonlyMap<Element, string[]>): void {
  for (const el of doc.querySelectorAll(`[${ENTRY_ATTRIBUTE}]`)) {
    if (!marks.has(el)) el.removeAttribute(ENTRY_ATTRIBUTE);
  }
  // An entry already marked the same way is left alone: no style recalc for it on a re-pass.
  for (const [el, rules] of marks) {
    const value = rules.join(' ');
    if (el.getAttribute(ENTRY_ATTRIBUTE) !== value) el.setAttribute(ENTRY_ATTRIBUTE, value);
  }
}
