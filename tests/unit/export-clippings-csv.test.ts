// Clippings as CSV: a UTF-8 BOM for Excel, bilingual headers, every field back exactly when
// read with a strict RFC 4180 reader — except that cells a spreadsheet would run as formulas
// start with ' (including full-width ＝, which Chinese input methods type).
import { describe, expect, it } from 'vitest';
import { CLIPPING_CSV_COLUMNS, clippingsToCsv } from '../../shared/export/clipping-csv.ts';
import { CSV_BOM } from '../../shared/export/csv-cell.ts';
import { fakeClipping } from '../support/fake-clipping.ts';
import { csvRecords, readCsv } from '../support/read-csv.ts';

const HEADERS = [
  '摘录 quote',
  '批注 note',
  '标签 tags',
  '页面标题 pageTitle',
  '公文标题 title',
  '发布日期 publishedAt',
  '发文机构 publisher',
  '发文字号 documentNumber',
  '网址 URL',
  '颜色 color',
  '摘录时间 createdAt',
  '修改时间 updatedAt',
  '编号 id',
];

describe('clippingsToCsv', () => {
  it('starts with a BOM and the bilingual header row', () => {
    const csv = clippingsToCsv([]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(readCsv(csv.slice(1))).toEqual([HEADERS]);
    expect(CLIPPING_CSV_COLUMNS.map(([h]) => h)).toEqual(HEADERS);
  });

  it('writes every field of a clipping, read back exactly', () => {
    const c = fakeClipping({
      quote: '他说："巡视整改",\r\n要落实',
      note: '第一行\n第二行，含逗号',
      tags: ['巡视', '整改'],
    });
    const [row] = csvRecords(clippingsToCsv([c]).slice(1));
    expect(row).toEqual({
      '摘录 quote': c.quote,
      '批注 note': c.note,
      '标签 tags': '巡视; 整改',
      '页面标题 pageTitle': c.pageTitle,
      '公文标题 title': c.notice!.title,
      '发布日期 publishedAt': '2021-12-06',
      '发文机构 publisher': '科学技术部',
      '发文字号 documentNumber': '国科发资〔2021〕1号',
      '网址 URL': c.url,
      '颜色 color': '#ffd54f',
      '摘录时间 createdAt': '2024-01-05T08:00:00.000Z',
      '修改时间 updatedAt': '2024-01-05T08:00:00.000Z',
      '编号 id': 'c1',
    });
  });

  it('leaves notice fields empty when the page gave none', () => {
    const [row] = csvRecords(clippingsToCsv([fakeClipping({ notice: undefined })]).slice(1));
    expect(row!['公文标题 title']).toBe('');
    expect(row!['发文机构 publisher']).toBe('');
  });

  it.each([
    ['=cmd|" /C calc"!A0', `'=cmd|" /C calc"!A0`],
    ['@x', "'@x"],
    ['+x', "'+x"],
    ['-x', "'-x"],
    ['＝1+1', "'＝1+1"],
    ['  =1', "'  =1"],
    ['巡视 = 整改', '巡视 = 整改'],
  ])('neutralises a hostile cell %j in every text column', (hostile, safe) => {
    const c = fakeClipping({
      quote: hostile,
      note: hostile,
      pageTitle: hostile,
      tags: [hostile],
      notice: { title: hostile, publisher: hostile, documentNumber: hostile },
    });
    const [row] = csvRecords(clippingsToCsv([c]).slice(1));
    for (const header of [
      '摘录 quote',
      '批注 note',
      '页面标题 pageTitle',
      '公文标题 title',
      '发文机构 publisher',
      '发文字号 documentNumber',
      '标签 tags',
    ])
      expect(row![header]).toBe(safe);
  });

  it('cuts a cell Excel could not hold, and says so', () => {
    const [row] = csvRecords(
      clippingsToCsv([fakeClipping({ quote: '巡'.repeat(40_000) })]).slice(1),
    );
    expect(row!['摘录 quote']!.length).toBeLessThanOrEqual(32_000);
    expect(row!['摘录 quote']).toMatch(/truncated\]$/);
  });
});
