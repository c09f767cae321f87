// Re-anchoring on a long page must not hold up the highlight: 200 clippings on a 200 KB page
// text, after the page moved everything (a paragraph on top) and edited or dropped some quotes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote, createAnchorText } from '../../shared/anchor/anchor.ts';
import { describeRange } from '../../shared/anchor/describe.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
// Without the leaked ruby pinyin of seed 000: an edit that breaks `學(xué)` apart turns the
// pinyin into text and moves the quote's end (anchor-seeds covers pinyin on its own).
const corpus = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, SEEDS), 'utf8'))
  .join('\n')
  .replace(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g, '');

/** A small seeded generator (mulberry32), so every run builds the same page. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 200 000 UTF-16 units of seed prose, cut into 20–100 unit pieces, shuffled, with about one
 * character in eight replaced, so that (as on a real page) a sentence rarely repeats.
 */
function fakePage(next: () => number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < 200_000) {
    const size = 20 + Math.floor(next() * 80);
    const from = Math.floor(next() * (corpus.length - size));
    const piece = [...corpus.slice(from, from + size)].map((ch) =>
      next() < 0.125 ? corpus[Math.floor(next() * corpus.length)]! : ch,
    );
    parts.push(piece.join('') + (next() < 0.2 ? '\n' : ''));
    length += parts[parts.length - 1]!.length;
  }
  return parts.join('');
}

const TOP = '编者按：本文根据会议材料整理，有删节。\n';

describe('anchoring performance', () => {
  it('anchors 200 clippings on a 200 KB page well under a second', () => {
    const next = random(5);
    const text = fakePage(next);
    // One clipping per 1000-unit slot; every fifth one short (2–4 units), where only context helps.
    const clippings = Array.from({ length: 200 }, (_, i) => {
      const length = i % 5 === 0 ? 2 + Math.floor(next() * 3) : 8 + Math.floor(next() * 72);
      const start = i * 1000 + Math.floor(next() * (1000 - length));
      const fate = i % 10 === 1 ? 'edited' : i % 20 === 3 ? 'deleted' : 'kept';
      return {
        start,
        end: start + length,
        fate,
        selectors: describeRange(text, start, start + length),
      };
    });
    let page = text;
    for (const c of [...clippings].reverse()) {
      const middle = (c.start + c.end) >> 1;
      if (c.fate === 'edited') page = `${page.slice(0, middle)}改${page.slice(middle + 1)}`;
      if (c.fate === 'deleted') page = page.slice(0, c.start) + page.slice(c.end);
    }
    page = TOP + page;

    const t0 = performance.now();
    const prepared = createAnchorText(page);
    const results = clippings.map((c) => anchorQuote(prepared, c.selectors));
    const elapsed = performance.now() - t0;

    console.log(`anchored 200 clippings on ${page.length} units in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1500); // generous for slow CI machines; typically 100–250 ms

    // Where each clipping went: its own place, an orphan, the same words elsewhere (a deleted
    // quote that the page also holds elsewhere), or wrong text, which must never happen.
    let removed = 0;
    const outcomes = clippings.map((c, i) => {
      const r = results[i]!;
      const at = c.start + TOP.length - removed;
      if (c.fate === 'deleted') removed += c.end - c.start;
      if (r.status === 'orphan') return `${c.fate}:orphan`;
      if (r.start === at && r.end === at + c.end - c.start) return `${c.fate}:right`;
      return `${c.fate}:${page.slice(r.start, r.end) === c.selectors[0].exact ? 'same-text' : 'wrong'}`;
    });
    const tally: Record<string, number> = {};
    for (const o of outcomes) tally[o] = (tally[o] ?? 0) + 1;
    console.log('where the clippings went:', tally);
    expect(outcomes.filter((o) => o.endsWith(':wrong'))).toEqual([]);
    expect(tally['kept:right']).toBe(170);
    expect(tally['edited:right']).toBeGreaterThanOrEqual(18);
    expect((tally['deleted:orphan'] ?? 0) + (tally['deleted:same-text'] ?? 0)).toBe(10);
  });
});
