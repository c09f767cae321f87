// How well the text beside a candidate agrees with the context a TextQuoteSelector saved.
// Both are read outwards from the quote's edge, and the comparison is anchored there: an
// edit next to the quote costs what it costs, while the far end may slide (trailing text of
// `actual` is free), so a few characters inserted inside the context cost only themselves.

export type Side = 'before' | 'after';

// Scratch rows, reused: scoring runs for every candidate of every clipping.
let previous = new Int32Array(64);
let current = new Int32Array(64);

/** The unit `k` places outwards from the quote's edge. */
const outward = (s: string, k: number, side: Side) =>
  s.charCodeAt(side === 'before' ? s.length - 1 - k : k);

/**
 * 1 − edit distance ÷ |expected|, against the best-aligned outward reading of `actual`
 * (a prefix compares its end with the end of `actual`, a suffix its start with the start);
 * 0 at worst. `expected` must not be empty.
 */
export function contextSimilarity(expected: string, actual: string, side: Side): number {
  const m = expected.length;
  const n = actual.length;
  if (previous.length <= n) {
    previous = new Int32Array(n + 1);
    current = new Int32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    const e = outward(expected, i - 1, side);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const substitution = previous[j - 1]! + (outward(actual, j - 1, side) === e ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let distance = m;
  for (let j = 0; j <= n; j++) distance = Math.min(distance, previous[j]!);
  return Math.max(0, 1 - distance / m);
}

/** How many units agree, outwards from the edge, before the first difference: a cheap sort key. */
export function edgeAgreement(expected: string, actual: string, side: Side): number {
  const limit = Math.min(expected.length, actual.length);
  let k = 0;
  while (k < limit && outward(expected, k, side) === outward(actual, k, side)) k++;
  return k;
}
