import { describe, expect, it } from 'vitest';
import {
  dateFromUrl,
  findChineseDates,
  formatIsoDate,
  parseChineseDate,
} from '../../shared/dates/parse-chinese-date.ts';

// [text, the ISO form of the first date in it, or null when there is none]
const FIRST_DATE: ReadonlyArray<readonly [string, string | null]> = [
  // Forms seen on MOST, provincial 科技厅, city 科技局 and CAS pages
  ['2021年12月06日 15:11', '2021-12-06T15:11+08:00'],
  ['2021年1月25日', '2021-01-25'],
  ['2021 年 1 月 25 日', '2021-01-25'],
  ['2021年12月6日15时11分', '2021-12-06T15:11+08:00'],
  ['2021年12月6日15时11分05秒', '2021-12-06T15:11:05+08:00'],
  ['2021-12-06', '2021-12-06'],
  ['2021/4/9', '2021-04-09'],
  ['2021.12.06', '2021-12-06'],
  ['22.10.2018  10:42', '2018-10-22T10:42+08:00'],
  ['[2021-01-28]', '2021-01-28'],
  ['(2021-12-06)', '2021-12-06'],
  ['（2021-12-06）', '2021-12-06'],
  ['发布时间：2021-01-28 17:02', '2021-01-28T17:02+08:00'],
  ['日期: 2021年12月06日 15:11', '2021-12-06T15:11+08:00'],
  ['2019-09-18 06:23', '2019-09-18T06:23+08:00'],
  ['2021-12-06 15:11:05', '2021-12-06T15:11:05+08:00'],
  ['2021-12-06T15:11', '2021-12-06T15:11+08:00'],
  ['二〇二一年一月二十五日', '2021-01-25'],
  ['二〇二〇年十二月三十一日', '2020-12-31'],
  ['二○二○年十二月三十一日', '2020-12-31'],
  ['二O二一年十月十日', '2021-10-10'],
  ['二〇二一年二月二日', '2021-02-02'],
  ['２０２１年１２月６日', '2021-12-06'],
  ['２０２１－１２－０６　１５：１１', '2021-12-06T15:11+08:00'],
  ['中共遂宁市科学技术局党组\n2021年1月25日', '2021-01-25'],
  ['2020年2月29日', '2020-02-29'],
  ['1949年10月1日', '1949-10-01'],
  // A time is never invented, and one on the next line is not this date's.
  ['2021年12月6日', '2021-12-06'],
  ['2021年12月6日 15时', '2021-12-06'],
  ['2021-12-06\n15:11', '2021-12-06'],
  ['2021年12月6日 3号楼', '2021-12-06'],
  // Impossible or implausible
  ['2021-02-29', null],
  ['2020-13-01', null],
  ['2021-12-32', null],
  ['2021年4月31日', null],
  ['2021-12-06 24:00', null],
  ['2021-12-06 15:60', null],
  ['二〇二一年二月三十日', null],
  ['1900年1月1日', null],
  ['2101-01-01', null],
  // Pieces of bigger numbers, and things that are not whole dates
  ['电话0825-2655068', null],
  ['版本 1.2021.12.06.5', null],
  ['索引号：30643-2026-001', null],
  ['编号20211206', null],
  ['2021年12月', null],
  ['12-06', null],
  ['32021-12-06', null],
  ['2021-12-061', null],
  ['2021-12/06', null],
  ['', null],
];

describe('parseChineseDate', () => {
  it.each(FIRST_DATE)('%j → %s', (text, iso) => {
    expect(parseChineseDate(text)?.iso ?? null).toBe(iso);
  });

  it('returns the parts, and time parts only when the page gives them', () => {
    expect(parseChineseDate('2021年12月06日 15:11')).toEqual({
      iso: '2021-12-06T15:11+08:00',
      year: 2021,
      month: 12,
      day: 6,
      hour: 15,
      minute: 11,
    });
    expect(parseChineseDate('2021-12-06')).toEqual({
      iso: '2021-12-06',
      year: 2021,
      month: 12,
      day: 6,
    });
  });
});

// [text, [raw, start, iso] of every date found, in order]
const IN_RUNNING_TEXT: ReadonlyArray<
  readonly [string, ReadonlyArray<readonly [string, number, string]>]
> = [
  [
    '日期: 2021年12月06日 15:11 【字号: 大 中 小】',
    [['2021年12月06日 15:11', 4, '2021-12-06T15:11+08:00']],
  ],
  ['[2021-01-28]', [['2021-01-28', 1, '2021-01-28']]],
  ['（２０２１年１２月６日）', [['２０２１年１２月６日', 1, '2021-12-06']]],
  [
    '2021.12.01-2021.12.31',
    [
      ['2021.12.01', 0, '2021-12-01'],
      ['2021.12.31', 11, '2021-12-31'],
    ],
  ],
  [
    '成文日期：2026年03月02日 发布日期：2026-03-02',
    [
      ['2026年03月02日', 5, '2026-03-02'],
      ['2026-03-02', 22, '2026-03-02'],
    ],
  ],
  [
    '（1999年5月23日中华人民共和国国务院令第265号发布　根据2003年12月20日修订）',
    [
      ['1999年5月23日', 1, '1999-05-23'],
      ['2003年12月20日', 32, '2003-12-20'],
    ],
  ],
  ['落款\n二〇二一年一月二十五日\n', [['二〇二一年一月二十五日', 3, '2021-01-25']]],
  ['2021-02-29 与 2021-03-01', [['2021-03-01', 13, '2021-03-01']]],
  ['电话0825-2655068，2021年12月6日', [['2021年12月6日', 15, '2021-12-06']]],
  ['索引号30643-2026-001 编号20211206', []],
];

describe('findChineseDates', () => {
  it.each(IN_RUNNING_TEXT)('%j', (text, expected) => {
    const found = findChineseDates(text);
    expect(found.map((d) => [d.raw, d.start, d.iso])).toEqual(expected);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.raw);
  });

  it('stays linear on a megabyte of digits, separators and brackets', () => {
    const noise = '20211206〔2021〕12.06.2021-12-0 [1.2.3] 0825-2655068 2021年12月 ';
    const text = noise.repeat(Math.ceil(1_000_000 / noise.length));
    const started = performance.now();
    findChineseDates(text);
    findChineseDates('9'.repeat(1_000_000));
    findChineseDates('2021-'.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

// [URL, the date it is stamped with, or null]
const URL_STAMPS: ReadonlyArray<readonly [string, string | null]> = [
  ['./202112/t20211206_4567.html', '2021-12-06'],
  [
    'https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/flfg/202412/t20241226_192778.html',
    '2024-12-26',
  ],
  ['http://www.siom.cas.cn/xwzx/201904/t20190417_5276174.shtml', '2019-04-17'],
  ['http://kjt.zj.gov.cn/art/2021/12/6/art_123_456.html', '2021-12-06'],
  ['https://example.gov.cn/news/2021-12/06/content_123.htm', '2021-12-06'],
  ['https://example.gov.cn/news/20211206/123.html', '2021-12-06'],
  // The TRS stamp wins over a date folder
  ['https://example.gov.cn/20200101/t20211206_1.html', '2021-12-06'],
  ['https://example.gov.cn/viewer.html?file=/202112/t20211206_1.pdf', '2021-12-06'],
  // Not clear stamps
  ['https://kjt.gansu.gov.cn/kjt/c111534/202406/173931375.shtml', null],
  ['https://example.gov.cn/202112/index.html', null],
  ['https://example.gov.cn/20211306/1.html', null],
  ['https://example.gov.cn/list.html?id=20211206', null],
  ['https://example.gov.cn/a/t20211206.html', null],
  ['https://example.gov.cn/page.html#/20211206/', null],
];

describe('dateFromUrl', () => {
  it.each(URL_STAMPS)('%s → %s', (url, iso) => {
    expect(dateFromUrl(url)?.iso ?? null).toBe(iso);
  });
});

describe('formatIsoDate', () => {
  it.each([
    [{ year: 2021, month: 12, day: 6 }, '2021-12-06'],
    [{ year: 2021, month: 1, day: 5, hour: 9, minute: 3 }, '2021-01-05T09:03+08:00'],
    [{ year: 2021, month: 1, day: 5, hour: 9, minute: 3, second: 7 }, '2021-01-05T09:03:07+08:00'],
    // An hour alone would need an invented minute.
    [{ year: 2021, month: 1, day: 5, hour: 9 }, '2021-01-05'],
  ])('%j → %s', (parts, iso) => {
    expect(formatIsoDate(parts)).toBe(iso);
  });
});
