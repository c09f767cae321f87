// Text density and symbol density, the signals GNE uses, scored per line: prose (sentence
// punctuation, few links) earns its length, link text and furniture cost theirs, short
// unpunctuated lines (a title, a signature, a date) are neutral. Summed over an element's
// lines this prefers the element holding the most prose and the least of anything else,
// which is GNE's density ratio without its bias towards small elements.
import { isFurnitureLine } from './boilerplate.ts';
import type { Line, Rendered } from './render-lines.ts';
import type { Elem } from './snapshot.ts';

const SENTENCE_PUNCT = /[，。；！？、“”《》,;!?]/;

export interface LineScores {
  value: Float64Array;
  /** Toolbar, share, QR, footer and credit lines (isFurnitureLine), by line. */
  furnitureText: Uint8Array;
  /** prefix[i] = sum of value[0..i). */
  prefix: Float64Array;
  /** Like prefix, but every non-furniture line earns its length: for pages with no prose at all. */
  plainPrefix: Float64Array;
  /** Whether line `i` lies in furniture deeper than `depth` (furniture around the body does not count). */
  inFurniture(i: number, depth?: number): boolean;
  sum(from: number, to: number): number;
  /** The prose alone (positive values only) of lines [from, to). */
  proseSum(from: number, to: number): number;
}

function proseValue(text: string, own: number): number {
  if (own >= 10 && SENTENCE_PUNCT.test(text)) return own;
  return own >= 60 ? own * 0.5 : 0;
}

export function scoreLines(r: Rendered): LineScores {
  const n = r.lines.length;
  const prose = new Float64Array(n + 1);
  // Links to files (`附件：1.申报指南.pdf`) belong to the notice: they cost nothing.
  const navLinks = (line: Line) => line.linkChars - line.fileLinkChars;
  r.lines.forEach((line, i) => {
    const own = line.chars - line.linkChars;
    prose[i + 1] = prose[i]! + (navLinks(line) * 2 > line.chars ? 0 : proseValue(line.text, own));
  });
  const total = prose[n]!;
  // A "nav" or "position" wrapper that holds most of the page's prose is not furniture.
  const real = new Map<Elem, boolean>();
  for (const el of r.furnitureParent.keys()) {
    const inside = prose[el.lineEnd]! - prose[el.lineStart]!;
    real.set(el, !(inside > 300 && inside > total * 0.5));
  }
  const furnitureOf = (i: number, depth: number): boolean => {
    for (let f = r.lines[i]?.furniture ?? null; f && f.depth > depth; ) {
      if (real.get(f)) return true;
      f = r.furnitureParent.get(f) ?? null;
    }
    return false;
  };

  const value = new Float64Array(n);
  const prefix = new Float64Array(n + 1);
  const plainPrefix = new Float64Array(n + 1);
  const furnitureText = new Uint8Array(n);
  r.lines.forEach((line, i) => {
    let v: number;
    furnitureText[i] = isFurnitureLine(line.text) ? 1 : 0;
    if (furnitureText[i] || furnitureOf(i, -1)) v = -line.chars;
    else if (navLinks(line) * 2 > line.chars) v = -line.chars;
    else v = proseValue(line.text, line.chars - line.linkChars) - navLinks(line);
    value[i] = v;
    prefix[i + 1] = prefix[i]! + v;
    plainPrefix[i + 1] = plainPrefix[i]! + (v < 0 ? v : line.chars - line.linkChars);
  });
  return {
    value,
    furnitureText,
    prefix,
    plainPrefix,
    inFurniture: (i, depth = -1) => furnitureOf(i, depth),
    sum: (from, to) => prefix[Math.min(to, n)]! - prefix[Math.max(0, from)]!,
    proseSum: (from, to) => prose[Math.min(to, n)]! - prose[Math.max(0, from)]!,
  };
}
