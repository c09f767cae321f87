// Which candidate, if any, a clipping goes back to. The rule of DESIGN.md: a clipping that
// cannot be found is an orphan, never attached to different text. So a candidate must be
// good enough on its own, and clearly better than the next candidate elsewhere.
import type { ScoredCandidate } from './score.ts';

/** A verbatim quote this long (folded units) is distinctive enough without its context. */
export const DISTINCT_LENGTH = 8;
/**
 * A shorter verbatim quote needs its context: one side agreeing strongly and the two
 * together at least half (a paragraph inserted just before the quote leaves only the suffix).
 */
const STRONG_SIDE = 0.8;
const MIN_CONTEXT = 0.5;
/** An edited quote needs at least this much of its context, and `minScore` overall. */
const MIN_FUZZY_CONTEXT = 0.5;
/**
 * Far from its old place (more than a long inserted section away), an edited quote needs
 * its context nearly intact: an edited near-copy of a passage elsewhere on the page (pages
 * repeat themselves: summaries, 整改 lists) agrees with quote and context about this well.
 */
const FAR = 2000;
const FAR_FUZZY_CONTEXT = 0.8;
/** Two candidates whose fits differ by less (about one context unit in 64) are a tie. */
const TIE = 0.005;

export type Decision =
  | { kind: 'accept'; best: ScoredCandidate }
  | { kind: 'ambiguous'; best: ScoredCandidate; rival: ScoredCandidate }
  | { kind: 'none'; best: ScoredCandidate | undefined };

/** Whether the context backs a verbatim short quote (see STRONG_SIDE). */
export function contextBacks(c: ScoredCandidate): boolean {
  return c.context === null || (c.context >= MIN_CONTEXT && c.strongest >= STRONG_SIDE);
}

export function acceptable(c: ScoredCandidate, quoteLength: number, minScore: number): boolean {
  if (c.errors === 0) return quoteLength >= DISTINCT_LENGTH || contextBacks(c);
  if (c.context === null) return c.score >= minScore;
  const near = c.distance === null || c.distance <= FAR;
  return c.score >= minScore && c.context >= (near ? MIN_FUZZY_CONTEXT : FAR_FUZZY_CONTEXT);
}

const overlaps = (a: ScoredCandidate, b: ScoredCandidate) => a.start < b.end && b.start < a.end;

export function decide(
  candidates: readonly ScoredCandidate[],
  quoteLength: number,
  minScore: number,
): Decision {
  // Equal fits at one place: prefer the span as long as the quote (a changed character over
  // a dropped one), then the earlier start, so the outcome never depends on input order.
  const lengthGap = (c: ScoredCandidate) => Math.abs(c.end - c.start - quoteLength);
  const byFit = (a: ScoredCandidate, b: ScoredCandidate) =>
    b.fit - a.fit || b.score - a.score || lengthGap(a) - lengthGap(b) || a.start - b.start;
  const ranked = candidates.filter((c) => acceptable(c, quoteLength, minScore)).sort(byFit);
  const first = ranked[0];
  if (!first) {
    return { kind: 'none', best: [...candidates].sort((a, b) => b.score - a.score)[0] };
  }
  // Context decides; the old position only breaks ties (it is worth less than one unit of
  // context, as in Hypothesis's weights, and is compared only among equals here).
  const tied = ranked.filter((c) => !overlaps(c, first) && first.fit - c.fit < TIE);
  if (tied.length === 0) return { kind: 'accept', best: first };
  // The same long text twice in the same surroundings: the one nearer the old place is as
  // right as the other. A short quote or an edited one would be a guess.
  const contenders = [first, ...tied];
  const sameText = contenders.every((c) => c.errors === 0) && quoteLength >= DISTINCT_LENGTH;
  if (!sameText) return { kind: 'ambiguous', best: first, rival: tied[0]! };
  return { kind: 'accept', best: contenders.sort((a, b) => b.score - a.score)[0]! };
}
