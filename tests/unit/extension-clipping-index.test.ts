// The side panel's search index: Chinese-aware substring search (traditional finds
// simplified, full-width finds half-width), the filters, incremental updates, and speed on
// 50,000 clippings.
import { describe, expect, it } from 'vitest';
import { ClippingIndex } from '../../extension/lib/library/clipping-index.ts';
import { parseTagInput } from '../../extension/lib/library/parse-tags.ts';
import type { Clipping } from '../../shared/model.ts';
import { fakeClipping } from '../support/fake-clipping.ts';

const MOST = 'https://www.most.gov.cn/tztg/202401/t20240105_1.html';
const SIOM = 'http://www.siom.cas.cn/xwzx/zhxw/202012/t20201217_2.html';

const plain = { pageTitle: '通知', notice: undefined };

function library(): Clipping[] {
  return [
    fakeClipping({
      ...plain,
      id: 'a',
      url: MOST,
      quote: '开展巡视整改工作',
      createdAt: '2024-01-05T08:00:00.000Z',
      tags: ['巡视'],
    }),
    fakeClipping({
      ...plain,
      id: 'b',
      url: MOST,
      quote: '科研经费管理',
      note: '见 ＡＩ 专项',
      createdAt: '2024-02-01T08:00:00.000Z',
    }),
    fakeClipping({
      ...plain,
      id: 'c',
      url: SIOM,
      quote: '激光技術',
      pageTitle: '中科院上海光機所',
      createdAt: '2024-03-01T08:00:00.000Z',
      tags: ['光学', '巡视'],
    }),
  ];
}

const ids = (cs: Clipping[]) => cs.map((c) => c.id);

describe('ClippingIndex', () => {
  it.each([
    ['巡視', ['c', 'a']],
    ['巡视整改', ['a']],
    ['ai', ['b']],
    ['AI 专项', ['b']],
    ['光机所', ['c']],
    ['激光技术', ['c']],
    ['光学', ['c']],
    ['', ['c', 'b', 'a']],
    ['不存在', []],
  ])('searching %j finds %j (newest first)', (text, expected) => {
    expect(ids(new ClippingIndex(library()).search({ text }))).toEqual(expected);
  });

  it('filters by tag, site, date range and orphan state', () => {
    const index = new ClippingIndex(library());
    expect(ids(index.search({ tag: '巡视' }))).toEqual(['c', 'a']);
    expect(ids(index.search({ host: 'siom.cas.cn' }))).toEqual(['c']);
    expect(ids(index.search({ from: '2024-02-01', to: '2024-02-01' }))).toEqual(['b']);
    expect(ids(index.search({ from: '2024-02-02' }))).toEqual(['c']);
    index.setOrphaned(['b']);
    expect(ids(index.search({ orphanedOnly: true }))).toEqual(['b']);
    expect(index.tagCounts()).toEqual([
      ['巡视', 2],
      ['光学', 1],
    ]);
    expect(index.hostCounts()).toEqual([
      ['most.gov.cn', 2],
      ['siom.cas.cn', 1],
    ]);
  });

  it('filters by the rules a clipping satisfies (quote and title, folded)', () => {
    const index = new ClippingIndex(library(), [
      { id: 'inspection', any: ['巡视'] },
      { id: 'laser', any: ['激光'], fields: ['body'] },
    ]);
    // c carries the tag 巡视, but rules read the quote and title only.
    expect(ids(index.search({ rule: 'inspection' }))).toEqual(['a']);
    expect(ids(index.search({ rule: 'laser' }))).toEqual(['c']);
    index.setRules([{ id: 'inspection', any: ['经费'] }]);
    expect(ids(index.search({ rule: 'inspection' }))).toEqual(['b']);
  });

  it('updates incrementally: edits, removals and additions', () => {
    const index = new ClippingIndex(library());
    index.upsert([{ ...index.get('b')!, note: '巡察' }]);
    expect(ids(index.search({ text: '巡察' }))).toEqual(['b']);
    index.remove(['a']);
    expect(ids(index.search({ text: '巡视' }))).toEqual(['c']);
    index.upsert([
      fakeClipping({
        id: 'd',
        url: MOST,
        quote: '新的巡视',
        createdAt: '2025-01-01T00:00:00.000Z',
      }),
    ]);
    expect(ids(index.search({ text: '巡视' }))).toEqual(['d', 'c']);
  });

  it('searches 50,000 clippings in well under 100 ms', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      fakeClipping({
        id: `x${i}`,
        url: `https://www.most.gov.cn/tztg/2024/t${i % 997}.html`,
        quote: `关于第${i}批科技计划项目的通知，请各单位按要求做好申报工作`,
        note: i % 7 === 0 ? '重点关注' : '',
        tags: i % 5 === 0 ? ['申报'] : [],
        createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    const index = new ClippingIndex(many);
    index.search({ text: '预热' });
    for (const text of ['第49999批', '申報工作', '重点关注', '不存在的词']) {
      const t0 = performance.now();
      index.search({ text, tag: text === '申報工作' ? '申报' : undefined });
      expect(performance.now() - t0).toBeLessThan(100);
    }
    expect(ids(index.search({ text: '第49999批' }))).toEqual(['x49999']);
  });
});

describe('parseTagInput', () => {
  it.each([
    ['巡视, 整改，党建、科技;AI；x\ny', ['巡视', '整改', '党建', '科技', 'AI', 'x', 'y']],
    [' 巡视 , 巡视 ,, ', ['巡视']],
    ['', []],
  ])('%j → %j', (text, tags) => {
    expect(parseTagInput(text)).toEqual(tags);
  });
});
