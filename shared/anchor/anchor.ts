// Puts a clipping back on its page (DESIGN.md: "Next visit, the highlight is back where it
// was"): the saved position if the quote still stands there, else an exact occurrence that
// the context picks out, else an approximate match scored on quote, context and position
// (Hypothesis's match-quote.ts), else an orphan. Offsets are UTF-16 units into the page text
// (text-index.ts); all searching after the position check runs on folded text.
import type { TextPositionSelector, TextQuoteSelector } from '../model.ts';
import {
  type AnchorText,
  createAnchorText,
  type FoldedSelector,
  foldSelector,
  toFoldedOffset,
  toOriginalRange,
} from './anchor-text.ts';
import {
  approximateMatches,
  type Candidate,
  exactOccurrences,
  nearbyWindows,
} from './candidates.ts';
import { contextBacks, type Decision, DISTINCT_LENGTH, decide } from './decide.ts';
import { type ScoredCandidate, scoreCandidate, scoreOccurrences } from './score.ts';

export type OrphanReason = 'empty-quote' | 'not-found' | 'ambiguous' | 'weak-match';

export type AnchorResult =
  | { status: 'exact' | 'position' | 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; reason: OrphanReason; bestScore?: number };

export interface AnchorOptions {
  /** An edited quote scoring below this (0–1) is an orphan. Default 0.75. */
  minScore?: number;
  /** Edits allowed in the quote. Default max(2, ⌊length / 8⌋), at most half the quote. */
  maxErrors?: number;
}

const DEFAULT_MIN_SCORE = 0.75;
/** Shorter quotes are only found verbatim: two edits in three characters match anything. */
const MIN_FUZZY_LENGTH = 4;
/** An approximate match near the old place scoring this well needs no search of the rest. */
const CONFIDENT = 0.9;

type Selectors = readonly [TextQuoteSelector, TextPositionSelector?];

/** (a) The quote still stands at its saved offsets, in its saved context or alone on the page. */
function atPosition(text: string, quote: TextQuoteSelector, position?: TextPositionSelector) {
  if (!position) return false;
  const { start, end } = position;
  const { exact, prefix, suffix } = quote;
  if (start < 0 || end > text.length || text.slice(start, end) !== exact) return false;
  const sameContext =
    start >= prefix.length &&
    text.slice(start - prefix.length, start) === prefix &&
    text.slice(end, end + suffix.length) === suffix;
  const alone =
    exact.length >= DISTINCT_LENGTH &&
    text.indexOf(exact) === start &&
    text.indexOf(exact, start + 1) < 0;
  return sameContext || alone;
}

export function anchorQuote(
  input: string | AnchorText,
  selectors: Selectors,
  options: AnchorOptions = {},
): AnchorResult {
  const page = typeof input === 'string' ? createAnchorText(input) : input;
  const [quote, position] = selectors;
  if (quote.exact === '') return { status: 'orphan', reason: 'empty-quote' };
  if (position && atPosition(page.text, quote, position)) {
    return { status: 'position', start: position.start, end: position.end, score: 1 };
  }
  const selector = foldSelector(quote);
  const length = selector.quote.length;
  if (length === 0) return { status: 'orphan', reason: 'empty-quote' };
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const hint = position ? toFoldedOffset(page, position.start) : null;
  const score = (c: Candidate) => scoreCandidate(page, selector, hint, c);

  // (b) Exact occurrences. One the context backs is the answer; a verbatim long quote whose
  // context changed is kept as a candidate, in case its edited self stands in the old place.
  const exact = scoreOccurrences(
    page,
    selector,
    hint,
    exactOccurrences(page.folded, selector.quote),
  );
  let decision = decide(exact, length, minScore);
  if (
    decision.kind === 'ambiguous' ||
    (decision.kind === 'accept' && contextBacks(decision.best))
  ) {
    return finish(page, selector, quote.exact, decision);
  }
  if (length < MIN_FUZZY_LENGTH) return finish(page, selector, quote.exact, decision);

  // (c) Approximate matches: near the old place and the surviving context first.
  const maxErrors = options.maxErrors ?? Math.min(256, Math.max(2, Math.floor(length / 8)));
  const allowed = Math.min(maxErrors, Math.floor(length / 2));
  const windows = nearbyWindows(page.folded, selector, hint, allowed);
  const pool = merge(
    exact,
    approximateMatches(page.folded, selector.quote, allowed, windows).map(score),
  );
  decision = decide(pool, length, minScore);
  const confident = decision.kind === 'accept' && decision.best.score >= CONFIDENT;
  // A search of the whole text finds only its fewest-error matches: with a verbatim copy on
  // the page, those are the exact occurrences already scored.
  if (!confident && exact.length === 0) {
    const everywhere = approximateMatches(page.folded, selector.quote, allowed).map(score);
    decision = decide(merge(pool, everywhere), length, minScore);
  }
  return finish(page, selector, quote.exact, decision);
}

function merge(a: ScoredCandidate[], b: ScoredCandidate[]): ScoredCandidate[] {
  const seen = new Set(a.map((c) => `${c.start}:${c.end}`));
  return [...a, ...b.filter((c) => !seen.has(`${c.start}:${c.end}`))];
}

function finish(
  page: AnchorText,
  selector: FoldedSelector,
  exact: string,
  decision: Decision,
): AnchorResult {
  if (decision.kind !== 'accept') {
    const reason =
      decision.kind === 'ambiguous' ? 'ambiguous' : decision.best ? 'weak-match' : 'not-found';
    const bestScore = decision.best?.score;
    return bestScore === undefined
      ? { status: 'orphan', reason }
      : { status: 'orphan', reason, bestScore };
  }
  const { best } = decision;
  const range = toOriginalRange(page, best.start, best.end, selector.lead, selector.trail);
  const same = best.errors === 0 && page.text.slice(range.start, range.end) === exact;
  return { status: same ? 'exact' : 'fuzzy', ...range, score: best.score };
}

export type { AnchorText };
export { createAnchorText };
