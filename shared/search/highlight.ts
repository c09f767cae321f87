// Highlights search terms in the ORIGINAL text of a notice. Terms are folded (see
// parseSearchTerms) and found in the folded text; foldText's offset map puts the mark on the
// original characters, so a search for 巡视 marks 巡視 as the page wrote it.
import { foldText } from '../text/fold-text.ts';

export interface Mark {
  open: string;
  close: string;
}

export const BRACKET_MARK: Mark = { open: '【', close: '】' };
export const ANSI_BOLD_MARK: Mark = { open: '\u001b[1m', close: '\u001b[22m' };

export interface Range {
  start: number;
  end: number;
}

/** Original-text ranges of every occurrence of every folded term, sorted and merged. */
export function findTermRanges(text: string, terms: readonly string[]): Range[] {
  const folded = foldText(text);
  const haystack = folded.text;
  const ranges: Range[] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + 1)) {
      ranges.push({
        start: folded.originalStart(at),
        end: folded.originalEnd(at + term.length - 1),
      });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

const isLowSurrogate = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** `text[from, to)` with the ranges inside it marked; whitespace runs become one space. */
function render(text: string, from: number, to: number, ranges: readonly Range[], mark: Mark) {
  let out = '';
  let at = from;
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  for (const r of ranges) {
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (start >= end) continue;
    out += flat(text.slice(at, start)) + mark.open + flat(text.slice(start, end)) + mark.close;
    at = end;
  }
  return out + flat(text.slice(at, to));
}

/** The whole text with every occurrence marked (for titles). */
export function highlightText(text: string, terms: readonly string[], mark = BRACKET_MARK) {
  return render(text, 0, text.length, findTermRanges(text, terms), mark);
}

export interface SnippetOptions {
  mark?: Mark;
  /** Characters of the original text in the snippet (default 120). */
  width?: number;
  /** Characters shown before the first occurrence (default 30). */
  before?: number;
}

/** An excerpt around the first occurrence, marked, with … where it was cut; '' if none. */
export function highlightSnippet(
  text: string,
  terms: readonly string[],
  options: SnippetOptions = {},
): string {
  const { mark = BRACKET_MARK, width = 120, before = 30 } = options;
  const ranges = findTermRanges(text, terms);
  const first = ranges[0];
  if (!first) return '';
  let from = Math.max(0, first.start - before);
  let to = Math.min(text.length, Math.max(from + width, first.end));
  if (from > 0 && isLowSurrogate(text, from)) from--;
  if (to < text.length && isLowSurrogate(text, to)) to++;
  const body = render(text, from, to, ranges, mark).trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
