// Scores a candidate the way Hypothesis's match-quote.ts does: quote similarity, prefix and
// suffix similarity, and closeness to the old position as a tie-breaker, weighted 50/20/20/2.
// Unlike Hypothesis, a context side that the clipping cannot speak about (the quote opened
// the page, so it has no prefix, and this candidate does not open the page) is left out of
// the score rather than counted as agreeing.
import type { AnchorText, FoldedSelector } from './anchor-text.ts';
import type { Candidate } from './candidates.ts';
import { contextSimilarity, edgeAgreement, type Side } from './context-similarity.ts';

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** How much farther than the saved context the page text is read, for insertions. */
const CONTEXT_SLACK = 8;
/** Exact occurrences beyond this many are ranked cheaply first (one-character quotes). */
const MAX_SCORED = 64;

export interface ScoredCandidate extends Candidate {
  /** 1 − errors ÷ quote length. */
  quote: number;
  /** Mean similarity of the context sides that count, or null when none counts. */
  context: number | null;
  /** The better-agreeing context side (0 when none counts). */
  strongest: number;
  /** Weighted quote and context: what decides between candidates (decide.ts). */
  fit: number;
  /** `fit` with closeness to the old position added: breaks ties, and is what callers see. */
  score: number;
  /** Folded units from the old position, or null without one. */
  distance: number | null;
}

function side(page: AnchorText, expected: string, candidate: Candidate, which: Side) {
  const { folded } = page;
  const atEdge = which === 'before' ? candidate.start === 0 : candidate.end === folded.length;
  if (expected.length === 0) return atEdge ? 1 : null;
  const reach = expected.length + CONTEXT_SLACK;
  const actual =
    which === 'before'
      ? folded.slice(Math.max(0, candidate.start - reach), candidate.start)
      : folded.slice(candidate.end, candidate.end + reach);
  return contextSimilarity(expected, actual, which);
}

export function scoreCandidate(
  page: AnchorText,
  selector: FoldedSelector,
  hint: number | null,
  candidate: Candidate,
): ScoredCandidate {
  const quote = Math.max(0, 1 - candidate.errors / selector.quote.length);
  let weight = QUOTE_WEIGHT;
  let sum = QUOTE_WEIGHT * quote;
  let contextSum = 0;
  let sides = 0;
  let strongest = 0;
  for (const [expected, which] of [
    [selector.prefix, 'before'],
    [selector.suffix, 'after'],
  ] as const) {
    const similarity = side(page, expected, candidate, which);
    if (similarity === null) continue;
    contextSum += similarity;
    strongest = Math.max(strongest, similarity);
    sides++;
  }
  weight += CONTEXT_WEIGHT * sides;
  sum += CONTEXT_WEIGHT * contextSum;
  const fit = sum / weight;
  let score = fit;
  const distance = hint === null ? null : Math.abs(candidate.start - hint);
  if (distance !== null) {
    const closeness = 1 - distance / Math.max(1, page.folded.length);
    score = (sum + POSITION_WEIGHT * closeness) / (weight + POSITION_WEIGHT);
  }
  const context = sides > 0 ? contextSum / sides : null;
  return { ...candidate, quote, context, strongest, fit, score, distance };
}

/**
 * Scores exact occurrences. When there are many, only those whose neighbouring text agrees
 * longest with the saved context, plus the nearest to the old position, are scored in full.
 */
export function scoreOccurrences(
  page: AnchorText,
  selector: FoldedSelector,
  hint: number | null,
  found: Candidate[],
): ScoredCandidate[] {
  let kept = found;
  if (found.length > MAX_SCORED) {
    const { folded } = page;
    const { prefix, suffix } = selector;
    const agreement = (c: Candidate) =>
      edgeAgreement(prefix, folded.slice(Math.max(0, c.start - prefix.length), c.start), 'before') +
      edgeAgreement(suffix, folded.slice(c.end, c.end + suffix.length), 'after');
    const byAgreement = found
      .map((c) => ({ c, key: agreement(c) }))
      .sort((a, b) => b.key - a.key)
      .slice(0, MAX_SCORED)
      .map((x) => x.c);
    const nearest =
      hint === null
        ? []
        : [...found]
            .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
            .slice(0, 8);
    kept = [...new Set([...byAgreement, ...nearest])];
  }
  return kept.map((c) => scoreCandidate(page, selector, hint, c));
}
