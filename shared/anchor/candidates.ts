// Where a folded quote might be: its exact occurrences, and approximate matches (Myers'
// bit-parallel search from approx-string-match, the library Hypothesis anchors with) first
// near where the clipping was and where its context still stands, then over the whole text.
import approxSearch from 'approx-string-match';
import type { FoldedSelector } from './anchor-text.ts';

/** A span of the folded page text; `errors` is its edit distance to the folded quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Beyond this many exact occurrences (a one-character quote on a long page) stop counting. */
const MAX_OCCURRENCES = 20_000;
/** Context anchors: this many units of the saved prefix's end and suffix's start. */
const ANCHOR_LENGTH = 16;
/** Anchors shorter than this occur everywhere and locate nothing. */
const MIN_ANCHOR_LENGTH = 6;
const MAX_ANCHOR_HITS = 8;

export function exactOccurrences(folded: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = folded.indexOf(quote); at >= 0; at = folded.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
    if (found.length === MAX_OCCURRENCES) break;
  }
  return found;
}

function occurrences(folded: string, needle: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = folded.indexOf(needle); at >= 0 && found.length < limit; ) {
    found.push(at);
    at = folded.indexOf(needle, at + 1);
  }
  return found;
}

/**
 * Stretches of the folded text worth an approximate search: around the old position, after
 * each place the end of the saved prefix still stands, before each place the start of the
 * saved suffix stands. Merged and clipped to the text.
 */
export function nearbyWindows(
  folded: string,
  selector: FoldedSelector,
  hint: number | null,
  maxErrors: number,
): [number, number][] {
  const span = selector.quote.length + maxErrors;
  const slack = 8 + maxErrors;
  const windows: [number, number][] = [];
  if (hint !== null) {
    const radius = Math.max(64, span);
    windows.push([hint - radius, hint + span + radius]);
  }
  const prefix = selector.prefix.slice(-ANCHOR_LENGTH);
  if (prefix.length >= MIN_ANCHOR_LENGTH) {
    for (const at of occurrences(folded, prefix, MAX_ANCHOR_HITS)) {
      windows.push([at + prefix.length - slack, at + prefix.length + span + slack]);
    }
  }
  const suffix = selector.suffix.slice(0, ANCHOR_LENGTH);
  if (suffix.length >= MIN_ANCHOR_LENGTH) {
    for (const at of occurrences(folded, suffix, MAX_ANCHOR_HITS)) {
      windows.push([at - span - slack, at + slack]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of windows) {
    const start = Math.max(0, from);
    const end = Math.min(folded.length, to);
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (start < end) merged.push([start, end]);
  }
  return merged;
}

/**
 * The least-error approximate matches per search window: approx-string-match reports only the
 * matches with the fewest errors in what it searches, so searching windows separately also
 * finds an edited quote in its old place when a closer copy stands elsewhere.
 */
export function approximateMatches(
  folded: string,
  quote: string,
  maxErrors: number,
  windows: readonly (readonly [number, number])[] = [[0, folded.length]],
): Candidate[] {
  const found: Candidate[] = [];
  for (const [from, to] of windows) {
    for (const m of approxSearch(folded.slice(from, to), quote, maxErrors)) {
      found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  }
  return found;
}
