// anchorQuote on the seed notices, one page change per case: what a researcher's clipping
// meets on the next visit. Each case states where the highlight must land, or that it must not.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { type AnchorResult, anchorQuote } from '../../shared/anchor/anchor.ts';
import { describeRange } from '../../shared/anchor/describe.ts';

// The seeds live beside the repository (DESIGN.md: `../shared/seeds/`).
const seed = (name: string) =>
  readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const SUINING = seed('002_65ab60eb7075ecb2.txt'); // 巡察整改: 巡察 occurs dozens of times
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A clipping of the first occurrence of `quote` at or after `from` in `text`. */
function clip(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture: ${quote} not in text`);
  return {
    start,
    end: start + quote.length,
    selectors: describeRange(text, start, start + quote.length),
  };
}

/** What the reader would see: the status and the page text under the highlight. */
function shown(page: string, result: AnchorResult) {
  return result.status === 'orphan'
    ? 'orphan'
    : `${result.status}:${page.slice(result.start, result.end)}`;
}

const PARAGRAPH = '\n新增段落：市科技局召开专题会议，研究部署下一阶段巡察整改工作。\n';
const SENTENCE = '局党组对巡察反馈问题高度重视,多次召开局党组会推进巡察整改工作。';

describe('anchorQuote: the seed page changed', () => {
  it('finds an unchanged page by position', () => {
    const c = clip(SUINING, SENTENCE);
    expect(anchorQuote(SUINING, c.selectors)).toEqual({
      status: 'position',
      start: c.start,
      end: c.end,
      score: 1,
    });
  });

  it.each([
    ['a paragraph before the quote', (t: string) => PARAGRAPH + t],
    [
      'a paragraph right before the quote',
      (t: string) => t.replace(SENTENCE, PARAGRAPH + SENTENCE),
    ],
    [
      'a paragraph after the quote only (no shift)',
      (t: string) => t.replace(SENTENCE, SENTENCE + PARAGRAPH),
    ],
    [
      'a heading removed before the quote',
      (t: string) => t.replace('一、加强组织领导,切实扛起整改责任\n', ''),
    ],
  ])('finds the quote after %s', (_case, change) => {
    const c = clip(SUINING, SENTENCE);
    const page = change(SUINING);
    const result = anchorQuote(page, c.selectors);
    expect(shown(page, result)).toMatch(new RegExp(`^(exact|position):${SENTENCE}$`));
    if (result.status !== 'orphan') expect(result.start).toBe(page.indexOf(SENTENCE));
  });

  it.each([
    ['the first words of the page', 0, 6],
    ['the last words of the page', SUINING.trimEnd().length - 6, SUINING.trimEnd().length],
  ])('finds %s, which have context on one side only', (_case, start, end) => {
    const selectors = describeRange(SUINING, start, end);
    const page = `${PARAGRAPH}${SUINING}${PARAGRAPH}`;
    const result = anchorQuote(page, selectors);
    expect(result).toMatchObject({ status: 'exact', start: start + PARAGRAPH.length });
  });

  it('finds a clipping saved without a position selector', () => {
    const c = clip(SUINING, '巡察', SUINING.indexOf('第四巡察组'));
    expect(anchorQuote(SUINING, [c.selectors[0]])).toMatchObject({
      status: 'exact',
      start: c.start,
    });
  });

  // 巡察 occurs dozens of times; each clipping must come back to its own occurrence.
  it.each([1, 5, 12, 20])('finds occurrence %i of a two-character quote by its context', (k) => {
    let from = 0;
    for (let i = 0; i < k; i++) from = SUINING.indexOf('巡察', from) + 1;
    const c = clip(SUINING, '巡察', from);
    const page = PARAGRAPH + SUINING;
    const result = anchorQuote(page, c.selectors);
    expect(result).toMatchObject({ status: 'exact', start: c.start + PARAGRAPH.length });
  });

  it.each([
    ['a character changed', '局党组对巡察反馈问题高度关注,多次召开局党组会推进巡察整改工作。'],
    ['a character inserted', '局党组对巡察反馈问题高度重视,并多次召开局党组会推进巡察整改工作。'],
    ['a character deleted', '局党组对巡察反馈问题高度重视,多次召开党组会推进巡察整改工作。'],
    [
      'punctuation made full-width',
      '局党组对巡察反馈问题高度重视，多次召开局党组会推进巡察整改工作。',
    ],
  ])('finds the quote with %s, over the edited range', (_case, edited) => {
    const c = clip(SUINING, SENTENCE);
    const page = PARAGRAPH + SUINING.replace(SENTENCE, edited);
    const result = anchorQuote(page, c.selectors);
    expect(shown(page, result)).toBe(`fuzzy:${edited}`);
  });

  it.each([
    ['the sentence', SENTENCE],
    ['a two-character term', '党组'],
    ['a term split by a line break', '责任\n局党组'],
  ])('finds %s after the page switched to traditional script', (_case, quote) => {
    const c = clip(SUINING, quote);
    const page = toTraditional(SUINING);
    expect(page.length).toBe(SUINING.length); // the converter maps character to character here
    const result = anchorQuote(page, c.selectors);
    expect(result).toMatchObject({ status: 'fuzzy', start: c.start, end: c.end });
    expect(page.slice(c.start, c.end)).toBe(toTraditional(quote));
  });

  it('finds a quote whose digits the page made full-width', () => {
    const c = clip(SUINING, '2020年5月12日至2020年7月31日');
    const page = PARAGRAPH + SUINING.replace('2020年5月12日', '２０２０年５月１２日');
    expect(shown(page, anchorQuote(page, c.selectors))).toBe(
      'fuzzy:２０２０年５月１２日至2020年7月31日',
    );
  });

  it('finds a quote across paragraphs after the page was re-indented', () => {
    const c = clip(SUINING, '整改责任\n局党组对巡察');
    const page = PARAGRAPH + SUINING.replace('整改责任\n局党组', '整改责任\n        局党组');
    expect(shown(page, anchorQuote(page, c.selectors))).toBe(
      'fuzzy:整改责任\n        局党组对巡察',
    );
  });
});
