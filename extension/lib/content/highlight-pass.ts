// One pass over the page: index its text, match the rules, mark list entries (by rule, and
// whether their link is clipped), re-anchor the page's clippings, paint rule matches and
// clippings together, then publish the counts on <html data-kjwatch-hits="N"
// data-kjwatch-clips="N"> (in the task that shows the highlights and the entry marks: one
// rendering for all). Loops yield every few milliseconds; a pass that a newer one has overtaken
// stops without touching the page.
import type { Clipping } from '../../../shared/model.ts';
import type { MatchSpan, RuleMatcher } from '../../../shared/rules/rule-matcher.ts';
import type { SiteProfile } from '../../../shared/sites/define-site-profile.ts';
import { foldText } from '../../../shared/text/fold-text.ts';
import { afterNextFrame } from './after-next-frame.ts';
import { anchorClippings, anchoredCount, type ClipAnchor, clipSpans } from './clip-anchors.ts';
import { CLIPS_ATTRIBUTE } from './clip-styles.ts';
import { applyClippedMarks, type ClippedLookup } from './clipped-entries.ts';
import type { EntryBars } from './entry-bars.ts';
import { applyEntryMarks, matchEntries } from './entry-marks.ts';
import { findPageEntries } from './page-entries.ts';
import { buildPageIndex, type PageIndex } from './page-index.ts';
import type { Painter } from './painter.ts';
import { afterQueuedTasks, type TimeSlicer } from './time-slicer.ts';

export const HITS_ATTRIBUTE = 'data-kjwatch-hits';

export interface PassInput {
  doc: Document;
  url: string;
  matcher: RuleMatcher;
  /** Rule id → the colour its entries are marked in (rule-styles.ts entryColors). */
  entryColors: ReadonlyMap<string, string>;
  siteId: string | undefined;
  profile: SiteProfile | undefined;
  painter: Painter;
  /** The visible marks on list entries. */
  bars: EntryBars;
  slicer: TimeSlicer;
  /** The page's saved clippings, as they stand when the pass starts. */
  clippings: readonly Clipping[];
  clipped: ClippedLookup;
  /** False once a newer pass has started or the content script was invalidated. */
  isCurrent(): boolean;
  /** Runs DOM changes of kjwatch's own that the page observer must not react to. */
  quiet(fn: () => Promise<void>): Promise<void>;
}

export interface PassResult {
  index: PageIndex;
  /** The rule matches shown (data-kjwatch-hits counts them). */
  spans: MatchSpan[];
  anchors: ClipAnchor[];
}

const samePlace = (a: MatchSpan, b: MatchSpan) =>
  a.start === b.start && a.end === b.end && a.rule === b.rule;

/**
 * The page's spans and those the entries add, one per rule and place (two terms of a rule can
 * find the same text). The page's come sorted by start, end and rule, so theirs are neighbours;
 * the entries' few are looked up among them by binary search — a map over ~8,000 spans was
 * ~5 ms of marking a big list.
 */
function withEntrySpans(page: readonly MatchSpan[], entries: readonly MatchSpan[]): MatchSpan[] {
  const out: MatchSpan[] = [];
  for (const span of page) if (!out.length || !samePlace(out.at(-1)!, span)) out.push(span);
  const sorted = out.length;
  const added = new Map<number, MatchSpan[]>();
  for (const span of entries) {
    let lo = 0;
    let hi = sorted;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (out[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    let shown = false;
    for (let i = lo; i < sorted && out[i]!.start === span.start && !shown; i++)
      shown = samePlace(out[i]!, span);
    const mine = added.get(span.start);
    if (shown || mine?.some((o) => samePlace(o, span))) continue;
    if (mine) mine.push(span);
    else added.set(span.start, [span]);
    out.push(span);
  }
  return out;
}

/** What the pass showed, or undefined when it was overtaken. */
export async function runHighlightPass(input: PassInput): Promise<PassResult | undefined> {
  const { doc, matcher, siteId, painter, slicer } = input;
  if (painter.mutatesDom) await input.quiet(async () => painter.clear());
  const entries = await findPageEntries(doc, input.url, input.profile, slicer);
  // The background answers which links are clipped while the page is indexed and matched
  // here: for the 5,000 links of a big list, that takes it ~100 ms.
  const clippedAsked = input.clipped.clippedEntries(entries);
  // Awaited at the end; until then a failure must not surface as an unhandled rejection.
  clippedAsked.catch(() => {});
  const index = await buildPageIndex(doc.body ?? doc.documentElement, slicer);
  // One fold and one scan of the page text serve the page's matches and every entry title's,
  // in a task each (~20–30 ms apiece on a 5,000-entry list: no slice of indexing before them).
  await slicer.pause();
  if (!input.isCurrent()) return undefined;
  const folded = foldText(index.text);
  await slicer.pause();
  if (!input.isCurrent()) return undefined;
  const scanned = matcher.regionsOf(folded);
  if (slicer.due()) await slicer.pause();
  const pageOptions = siteId ? { siteId } : {};
  const pageSpans = scanned.match(0, index.text.length, pageOptions).spans;
  // The page's matches are most of what will be shown: the painter may start on them while
  // the entries are matched.
  painter.prepare?.(pageSpans, index, slicer);
  if (slicer.due()) await slicer.pause();
  const { marks, spans: entrySpans } = await matchEntries(entries, index, scanned, {
    matcher,
    siteId,
    slicer,
    besides: pageOptions,
  });
  const anchors = await anchorClippings(index.text, input.clippings, slicer);
  // The background's answer has had the time to arrive, but its task waits behind the slices'
  // continuations (time-slicer.ts): it is taken now, not after the frame that shows the rest.
  await afterQueuedTasks();
  if (!input.isCurrent()) return undefined;
  const spans = withEntrySpans(pageSpans, entrySpans);
  // Rules and clippings in one paint: the <mark> fallback changes the DOM, so a second paint
  // would work on a stale index.
  const shown = [...spans, ...clipSpans(anchors)];
  // The entry marks first: the painter finds the entries to bar, those whose matches it shows
  // (entry-bars.ts).
  await applyEntryMarks(doc, marks, input.entryColors, input.bars, slicer);
  if (!input.isCurrent()) return undefined;
  const reached = (range: Range) => input.bars.reached(range.startContainer);
  if (painter.mutatesDom) {
    // The entry marks in a frame of their own, then the <mark>s, which the page observer must
    // not take for the page's own changes.
    input.bars.release();
    applyClippedMarks(doc, await clippedAsked);
    await afterNextFrame(doc);
    if (!input.isCurrent()) return undefined;
    await input.quiet(() => painter.paint(shown, index, slicer, reached));
  } else {
    // Highlights leave the DOM alone (the page observer keeps listening). On a big page only
    // the ranges and entry bars near the viewport are shown at once; following the scroll
    // starts once they are shown (settle, below).
    await painter.paint(shown, index, slicer, reached);
    if (!input.isCurrent()) return undefined;
    input.bars.release();
    applyClippedMarks(doc, await clippedAsked);
  }
  if (!input.isCurrent()) return undefined;
  doc.documentElement.setAttribute(HITS_ATTRIBUTE, String(spans.length));
  doc.documentElement.setAttribute(CLIPS_ATTRIBUTE, String(anchoredCount(anchors)));
  painter.settle?.(doc, slicer);
  return { index, spans, anchors };
}
