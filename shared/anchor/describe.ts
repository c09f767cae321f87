// A selection → the W3C Web Annotation selectors a Clipping keeps (DESIGN.md "Data model").
// Offsets are UTF-16 units into the text of a TextIndex (text-index.ts).
import type { TextPositionSelector, TextQuoteSelector } from '../model.ts';

const isSpace = (unit: number) =>
  unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x3000;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Whitespace does not count towards the context length, up to this much of it. */
const MAX_EXTRA_SPACE = 256;

/**
 * Reads `contextLength` non-space units outwards from `from` (`step` -1: before, +1: after).
 * The page text keeps the source's indentation between tags, so a quote that opens a
 * paragraph could otherwise get a prefix of nothing but newlines and spaces.
 */
function contextEnd(text: string, from: number, step: 1 | -1, contextLength: number): number {
  const limit = step < 0 ? 0 : text.length;
  let at = from;
  let counted = 0;
  let read = 0;
  while (at !== limit && counted < contextLength && read < contextLength + MAX_EXTRA_SPACE) {
    const unit = text.charCodeAt(step < 0 ? at - 1 : at);
    if (!isSpace(unit)) counted++;
    read++;
    at += step;
  }
  // Never cut a surrogate pair in half: the context would hold a lone surrogate.
  if (step < 0 && at > 0 && isLowSurrogate(text.charCodeAt(at))) at--;
  if (step > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The quote, its context and its position for text[start, end). Throws a RangeError for a
 * range that is not inside the text (a caller's bug, not a page's).
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength = 32,
): [TextQuoteSelector, TextPositionSelector] {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new RangeError(`not a text range: [${start}, ${end})`);
  }
  if (end > text.length) {
    throw new RangeError(`range [${start}, ${end}) ends past the text (${text.length})`);
  }
  const prefixStart = contextEnd(text, start, -1, contextLength);
  const suffixEnd = contextEnd(text, end, 1, contextLength);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
