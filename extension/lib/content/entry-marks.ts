// Marks on list entries: `data-kjwatch-rule="ruleId …"` on each entry whose title matches
// (DESIGN.md "DOM hooks"); entry-bars.ts shows the visible mark.
import type {
  MatchOptions,
  MatchSpan,
  RegionMatcher,
  RuleMatcher,
  TextMatch,
} from '../../../shared/rules/rule-matcher.ts';
import type { EntryBars } from './entry-bars.ts';
import type { PageEntry } from './page-entries.ts';
import type { PageIndex } from './page-index.ts';
import type { TimeSlicer } from './time-slicer.ts';

export const ENTRY_ATTRIBUTE = 'data-kjwatch-rule';

export interface EntryMatches {
  /** Entry element → ids of the rules its title satisfies, in the order of the entries. */
  marks: Map<Element, string[]>;
  /** The matched terms inside those entries, as spans of the page text (less `besides`'s). */
  spans: MatchSpan[];
}

/** Where an entry's title sits in the page text: [from, to), or undefined (not in its text). */
function titleRegion(entry: PageEntry, index: PageIndex): [number, number] | undefined {
  const at = index.spanOf(entry.element);
  if (!at) return undefined;
  const { text } = index;
  const { title } = entry;
  // Most entries start with their title: no copy of the entry's text to search in.
  if (text.startsWith(title, at[0]) && at[0] + title.length <= at[1])
    return [at[0], at[0] + title.length];
  const offset = text.slice(at[0], at[1]).indexOf(title);
  return offset < 0 ? undefined : [at[0] + offset, at[0] + offset + title.length];
}

/**
 * A title that is not the entry's text (taken from a `title` attribute, say): the title decides
 * the rules, and the terms are shown where they occur in the entry's text.
 */
function looseEntryMatch(
  entry: PageEntry,
  index: PageIndex,
  matcher: RuleMatcher,
  options: MatchOptions,
): TextMatch {
  const { rules } = matcher.matchText(entry.title, options);
  const at = rules.length > 0 ? index.spanOf(entry.element) : null;
  if (!at) return { rules, spans: [] };
  const spans = matcher
    .matchText(index.text.slice(at[0], at[1]), options)
    .spans.filter((s) => rules.includes(s.rule))
    .map((s) => ({ ...s, start: s.start + at[0], end: s.end + at[0] }));
  return { rules, spans };
}

/** Regions matched per call: a call over all 5,000 titles of a list would be one long task. */
const REGIONS_PER_CALL = 1_000;

/**
 * Matches each entry's title. Titles are found in the page text and matched there, within the
 * pass's one scan of the page (`scanned`), a thousand at a time: matching 5,000 titles one by
 * one took ~80 ms, and one call per title ~40 ms.
 */
export async function matchEntries(
  entries: readonly PageEntry[],
  index: PageIndex,
  scanned: RegionMatcher,
  {
    matcher,
    siteId,
    slicer,
    besides,
  }: {
    matcher: RuleMatcher;
    siteId?: string;
    slicer: TimeSlicer;
    /** The options of the page's own match, whose spans are shown anyway (RegionMatcher). */
    besides?: MatchOptions;
  },
): Promise<EntryMatches> {
  const found = new Map<Element, string[]>();
  const spans: MatchSpan[] = [];
  const options: MatchOptions = siteId ? { field: 'title', siteId } : { field: 'title' };
  const mark = (element: Element, rules: string[]) => {
    const known = found.get(element);
    found.set(element, known ? [...new Set([...known, ...rules])] : rules);
  };
  const regions: number[] = [];
  const inText: Element[] = [];
  for (const entry of entries) {
    const region = titleRegion(entry, index);
    if (region) {
      regions.push(region[0], region[1]);
      inText.push(entry.element);
    } else {
      const match = looseEntryMatch(entry, index, matcher, options);
      if (match.rules.length > 0) {
        mark(entry.element, match.rules);
        for (const s of match.spans) spans.push(s);
      }
    }
    if (slicer.tick()) await slicer.pause();
  }
  for (let first = 0; first < inText.length; first += REGIONS_PER_CALL) {
    const call = scanned.matchEach(
      regions.slice(2 * first, 2 * (first + REGIONS_PER_CALL)),
      options,
      besides,
    );
    call.rules.forEach((rules, i) => {
      if (rules) mark(inText[first + i]!, rules);
    });
    // Highlight the terms in the entry even when the rule does not hold for the whole page
    // (a `none` term elsewhere on a list page must not hide a matching entry's terms).
    for (const s of call.spans) spans.push(s);
    if (slicer.due()) await slicer.pause();
  }
  // In the page's order, which the bars near the viewport are found in (entry-bars.ts).
  const marks = new Map<Element, string[]>();
  for (const { element } of entries) {
    const rules = found.get(element);
    if (rules) marks.set(element, rules);
  }
  return { marks, spans };
}

/**
 * Sets the entry attributes to `marks`, removing those of an earlier pass, in slices: no style
 * depends on them, so the slices cost no frames. The visible bars (each entry in the colour of
 * its last rule in `colors`, as when each rule's selector set it) are `bars`'s to show.
 */
export async function applyEntryMarks(
  doc: Document,
  marks: ReadonlyMap<Element, string[]>,
  colors: ReadonlyMap<string, string>,
  bars: EntryBars,
  slicer: TimeSlicer,
): Promise<void> {
  for (const el of doc.querySelectorAll(`[${ENTRY_ATTRIBUTE}]`)) {
    if (!marks.has(el)) el.removeAttribute(ENTRY_ATTRIBUTE);
  }
  const barColors = new Map<Element, string>();
  for (const [el, rules] of marks) {
    const value = rules.join(' ');
    if (el.getAttribute(ENTRY_ATTRIBUTE) !== value) el.setAttribute(ENTRY_ATTRIBUTE, value);
    const color = colors.get(rules[rules.length - 1]!);
    if (color) barColors.set(el, color);
    if (slicer.tick()) await slicer.pause();
  }
  bars.show(barColors);
}

/** Takes every entry mark and bar off the page, at once (the content script is going away). */
export function clearEntryMarks(doc: Document, bars: EntryBars): void {
  for (const el of doc.querySelectorAll(`[${ENTRY_ATTRIBUTE}]`))
    el.removeAttribute(ENTRY_ATTRIBUTE);
  bars.show(new Map());
  bars.release();
}
