// anchorQuote's refusals: a clipping that cannot be told apart from other text is reported as
// an orphan, never attached to different text (DESIGN.md, Clipping).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../shared/anchor/anchor.ts';
import { describeRange } from '../../shared/anchor/describe.ts';

// The seeds live beside the repository (DESIGN.md: `../shared/seeds/`).
const seed = (name: string) =>
  readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const SUINING = seed('002_65ab60eb7075ecb2.txt'); // 巡察整改: 巡察 occurs dozens of times

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

const PARAGRAPH = '\n新增段落：市科技局召开专题会议，研究部署下一阶段巡察整改工作。\n';
const SENTENCE = '局党组对巡察反馈问题高度重视,多次召开局党组会推进巡察整改工作。';

describe('anchorQuote: orphans rather than guesses', () => {
  it('orphans a deleted quote even when a near-miss stands elsewhere', () => {
    const c = clip(SUINING, SENTENCE);
    const nearMiss = SENTENCE.replace('高度重视', '高度关注');
    const page = `${SUINING.replace(SENTENCE, '')}\n附:${nearMiss}\n`;
    const result = anchorQuote(page, c.selectors);
    expect(result).toMatchObject({ status: 'orphan', reason: 'weak-match' });
    if (result.status === 'orphan') expect(result.bestScore).toBeLessThan(0.75);
  });

  // Pages repeat themselves (a summary above, the 整改 list below): an edited copy of the
  // passage far away, with its surroundings partly the same, is not the clipping.
  it('orphans a deleted quote whose edited near-copy, in half-familiar words, stands far away', () => {
    const c = clip(SUINING, SENTENCE);
    const [{ prefix, suffix }] = c.selectors;
    const blur = (s: string) => [...s].map((ch, i) => (i % 3 === 0 ? '某' : ch)).join('');
    const nearCopy = blur(prefix) + SENTENCE.replace('高度重视', '高度关注') + blur(suffix);
    const page = `${SUINING.replace(SENTENCE, '')}\n附:${nearCopy}\n`;
    expect(anchorQuote(page, c.selectors)).toMatchObject({ status: 'orphan' });
    // The same near-copy in the old place would be taken: it is distance that makes it doubtful.
    const inPlace = SUINING.replace(prefix + SENTENCE + suffix, nearCopy);
    expect(anchorQuote(inPlace, c.selectors)).toMatchObject({ status: 'fuzzy' });
  });

  it('finds an edited quote whose paragraph moved far away with its context', () => {
    const start = SUINING.indexOf('(一)统一思想认识');
    const paragraph = SUINING.slice(start, SUINING.indexOf('\n', start) + 1);
    const quote = '制定了《中共遂宁市科学技术局党组巡察反馈问题整改工作方案》';
    const c = clip(SUINING, quote);
    const moved = paragraph.replace('整改工作方案', '整改实施方案');
    const page = `${SUINING.replace(paragraph, '')}${moved}`;
    const at = page.indexOf(moved) + paragraph.indexOf(quote);
    expect(at - c.start).toBeGreaterThan(5000);
    expect(anchorQuote(page, c.selectors)).toMatchObject({
      status: 'fuzzy',
      start: at,
      end: at + quote.length,
    });
  });

  it('orphans a deleted short quote rather than take another of its many occurrences', () => {
    const c = clip(SUINING, '巡察', SUINING.indexOf('第四巡察组'));
    const page = SUINING.replace('市委第四巡察组对市科技局党组开展了巡察', '');
    expect(anchorQuote(page, c.selectors)).toMatchObject({ status: 'orphan' });
  });

  it('orphans a short quote whose context was rewritten on both sides', () => {
    const c = clip(SUINING, '巡察', SUINING.indexOf('第四巡察组'));
    const page = SUINING.replace(
      '根据市委巡察工作的统一部署,2020年5月12日至2020年7月31日,市委第四巡察组对市科技局党组开展了巡察,9月10日',
      '按照有关安排,今年上半年第二轮巡察期间,有关单位认真配合,9月中旬',
    );
    expect(anchorQuote(page, c.selectors)).toMatchObject({ status: 'orphan' });
  });

  // A paragraph long enough that a quote in its middle has the same context in every copy.
  const REPEATED = `\n巡察组反馈意见后，局党组立即召开会议研究部署，明确整改任务、责任科室和完成时限。${SENTENCE}会议要求各科室对照问题清单逐项落实，按时报送整改进展情况，确保件件有着落。\n`;
  /** A clipping in REPEATED, on a page where that paragraph then stood twice, both copies moved. */
  function twice(quote: string) {
    const text = SUINING + REPEATED;
    const c = clip(text, quote, SUINING.length + 40);
    const page = PARAGRAPH + text + REPEATED;
    return { result: anchorQuote(page, c.selectors), nearer: c.start + PARAGRAPH.length };
  }

  it('orphans a short quote whose paragraph now stands twice', () => {
    expect(twice('巡察').result).toMatchObject({ status: 'orphan', reason: 'ambiguous' });
  });

  it('takes the nearer copy of a long quote whose paragraph now stands twice', () => {
    const { result, nearer } = twice(SENTENCE);
    expect(result).toMatchObject({ status: 'exact', start: nearer });
  });

  it.each([
    [
      'an empty quote',
      { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } as const,
      'empty-quote',
    ],
    [
      'a quote of spaces',
      { type: 'TextQuoteSelector', exact: ' \n ', prefix: '', suffix: '' } as const,
      'empty-quote',
    ],
    [
      'a quote nothing resembles',
      { type: 'TextQuoteSelector', exact: 'quantum computing', prefix: '', suffix: '' } as const,
      'not-found',
    ],
    [
      'a quote only loosely resembled',
      { type: 'TextQuoteSelector', exact: '量子计算', prefix: '', suffix: '' } as const,
      'weak-match',
    ],
  ])('orphans %s', (_case, quote, reason) => {
    expect(anchorQuote(SUINING, [quote])).toMatchObject({ status: 'orphan', reason });
  });
});
