import type { ChineseDate, DateMatch } from './chinese-date.ts';
import { findDateCandidates } from './find-date-candidates.ts';
import { foldFullWidth } from './fold-full-width.ts';

export type { ChineseDate, DateMatch } from './chinese-date.ts';
export { dateFromUrl } from './date-from-url.ts';
export { formatIsoDate } from './format-iso-date.ts';

/** Every date in running text, in order, non-overlapping; offsets are into `text`. */
export function findChineseDates(text: string): DateMatch[] {
  const candidates = findDateCandidates(foldFullWidth(text), text);
  // Earliest first; at one start the longest (the one that carries a time) wins.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: DateMatch[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    dates.push(c);
    reached = c.end;
  }
  return dates;
}

/** The first date in `text`, or null. */
export function parseChineseDate(text: string): ChineseDate | null {
  const first = findChineseDates(text)[0];
  if (!first) return null;
  const { start: _start, end: _end, raw: _raw, ...date } = first;
  return date;
}
