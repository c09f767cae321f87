// describeRange: the selectors a clipping keeps; and UTF-16 offsets through describe → anchor
// when the page holds characters outside the BMP (rare Han in names, emoji in social posts).
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../shared/anchor/anchor.ts';
import { describeRange } from '../../shared/anchor/describe.ts';

describe('describeRange', () => {
  const text = '一二三四五六七八九十';

  it.each([
    ['context on both sides', 4, 6, 2, ['五六', '三四', '七八']],
    ['context cut by the start', 1, 3, 4, ['二三', '一', '四五六七']],
    ['context cut by the end', 8, 10, 4, ['九十', '五六七八', '']],
    ['the whole text', 0, 10, 32, [text, '', '']],
    ['an empty range', 3, 3, 1, ['', '三', '四']],
  ])('%s', (_case, start, end, contextLength, [exact, prefix, suffix]) => {
    expect(describeRange(text, start, end, contextLength)).toEqual([
      { type: 'TextQuoteSelector', exact, prefix, suffix },
      { type: 'TextPositionSelector', start, end },
    ]);
  });

  it('reads past indentation so the context holds words', () => {
    const page = '第一段结束。\n        \n        第二段开始';
    const start = page.indexOf('第二段');
    const [quote] = describeRange(page, start, start + 3, 4);
    expect(quote.prefix).toBe('段结束。\n        \n        ');
  });

  it.each([
    ['the prefix', '𠀀𠀁巡视', 4, 6, 1, { prefix: '𠀁' }],
    ['the suffix', '巡视𠀀𠀁', 0, 2, 1, { suffix: '𠀀' }],
  ])('never splits a surrogate pair in %s', (_case, page, start, end, contextLength, expected) => {
    expect(describeRange(page, start, end, contextLength)[0]).toMatchObject(expected);
  });

  it.each([
    [5, 3],
    [-1, 2],
    [0, 11],
    [0.5, 2],
  ])('rejects [%d, %d)', (start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError);
  });
});

describe('UTF-16 offsets outside the BMP', () => {
  const page = '𠀀家族档案：𡃁仔工作室与𠮷野家联合开展科普活动，𠀀字辈成员参加。';
  const quote = '𡃁仔工作室与𠮷野家联合开展';
  const start = page.indexOf(quote);

  it.each([
    ['unchanged', page, 'position', start],
    ['after astral text was inserted', `😀😀新增：${page}`, 'exact', start + 7],
    [
      'in traditional script',
      page.replace('与𠮷野家联合开展科普', '與𠮷野家聯合開展科普'),
      'fuzzy',
      start,
    ],
    ['with a character changed', `😀${page.replace('工作室', '工作坊')}`, 'fuzzy', start + 2],
  ])('finds the quote %s', (_case, changed, status, at) => {
    const selectors = describeRange(page, start, start + quote.length, 8);
    const result = anchorQuote(changed, selectors);
    expect(result).toMatchObject({ status, start: at, end: at + quote.length });
  });
});
