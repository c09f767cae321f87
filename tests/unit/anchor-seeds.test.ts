// describe → anchor round trips over every seed notice, on the page as it was and as it
// comes back: with a paragraph before it, and in the other script.
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { anchorQuote, createAnchorText } from '../../shared/anchor/anchor.ts';
import { describeRange } from '../../shared/anchor/describe.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seeds = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => [name, readFileSync(new URL(name, SEEDS), 'utf8')] as const);

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const LENGTHS = [2, 5, 12, 40, 120];
const PARAGRAPH = '编者按：本文根据会议材料整理，有删节。\n\n';

/**
 * Ranges spread over the text, of several lengths, starting and ending on a visible character
 * and holding a Han character or digit: a selection of nothing but leaked pinyin (the `jī` of
 * `機(jī)`) has no text to search, since folding drops it.
 */
function ranges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < 20; i++) {
    const length = LENGTHS[i % LENGTHS.length]!;
    let start = Math.floor(((i + 0.5) / 20) * (text.length - length));
    while (start < text.length && /\s/.test(text[start]!)) start++;
    let end = Math.min(text.length, start + length);
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (/[\p{Script=Han}\d]/u.test(text.slice(start, end))) out.push([start, end]);
  }
  return out;
}

describe.each(seeds)('seed %s', (_name, text) => {
  const clippings = ranges(text).map(([start, end]) => ({
    start,
    end,
    selectors: describeRange(text, start, end),
  }));
  const isTraditional = toSimplified(text) !== text && toTraditional(text) === text;
  const switched = isTraditional ? toSimplified(text) : toTraditional(text);

  it('has seed text to clip', () => {
    expect(clippings.length).toBeGreaterThan(15);
  });

  it('anchors every clipping by position on the unchanged page', () => {
    const page = createAnchorText(text);
    for (const c of clippings) {
      expect(anchorQuote(page, c.selectors)).toEqual({
        status: 'position',
        start: c.start,
        end: c.end,
        score: 1,
      });
    }
  });

  it('anchors every clipping exactly after a paragraph was added before it', () => {
    const page = createAnchorText(PARAGRAPH + text);
    for (const c of clippings) {
      const result = anchorQuote(page, c.selectors);
      expect({ quote: c.selectors[0].exact, result }).toMatchObject({
        result: {
          status: 'exact',
          start: c.start + PARAGRAPH.length,
          end: c.end + PARAGRAPH.length,
        },
      });
    }
  });

  it(`anchors every clipping after the page switched script`, () => {
    expect(switched.length).toBe(text.length); // the converters map character to character here
    const page = createAnchorText(switched);
    for (const c of clippings) {
      const result = anchorQuote(page, c.selectors);
      expect({ quote: c.selectors[0].exact, result }).toMatchObject({
        result: { start: c.start, end: c.end },
      });
      expect(result.status).not.toBe('orphan');
    }
  });
});
