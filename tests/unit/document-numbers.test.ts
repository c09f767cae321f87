import { describe, expect, it } from 'vitest';
import {
  type DocumentNumberKind,
  findDocumentNumbers,
  normalizeDocumentNumber,
  parseDocumentNumber,
} from '../../shared/doc-number/find-document-numbers.ts';

// [a whole 文号 as a 发文字号 cell holds it, normalized, issuer, year, serial, kind]
const WHOLE_NUMBERS: ReadonlyArray<
  readonly [string, string, string, number | undefined, number, DocumentNumberKind]
> = [
  ['国科发资〔2021〕1号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['遂科技党组〔2020〕20号', '遂科技党组〔2020〕20号', '遂科技党组', 2020, 20, 'bracket'],
  ['川科政〔2026〕6号', '川科政〔2026〕6号', '川科政', 2026, 6, 'bracket'],
  ['金复[2026]220号', '金复〔2026〕220号', '金复', 2026, 220, 'bracket'],
  ['国办发【2017】47号', '国办发〔2017〕47号', '国办发', 2017, 47, 'bracket'],
  ['国科发资(2021)1号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['国科发资（2021）1号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['国科发资［2021］1号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['国科发资﹝2021﹞1号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['国科发资〔2021]1号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['国科发资〔2021〕第001号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['国科发资〔２０２１〕１号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['国科发资 〔 2021 〕 1 号', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  ['  国科发资〔2021〕1号　', '国科发资〔2021〕1号', '国科发资', 2021, 1, 'bracket'],
  [
    '中国人民银行令〔2021〕第1号',
    '中国人民银行令〔2021〕1号',
    '中国人民银行令',
    2021,
    1,
    'bracket',
  ],
  ['科学技术部令第24号', '科学技术部令第24号', '科学技术部', undefined, 24, 'order'],
  ['科学技术部令第２４号', '科学技术部令第24号', '科学技术部', undefined, 24, 'order'],
  ['国务院令第708号', '国务院令第708号', '国务院', undefined, 708, 'order'],
  [
    '中华人民共和国主席令第四十三号',
    '中华人民共和国主席令第四十三号',
    '中华人民共和国主席',
    undefined,
    43,
    'order',
  ],
  ['国务院令第七百零八号', '国务院令第七百零八号', '国务院', undefined, 708, 'order'],
  [
    '中华人民共和国国家发展和改革委员会令第1号',
    '中华人民共和国国家发展和改革委员会令第1号',
    '中华人民共和国国家发展和改革委员会',
    undefined,
    1,
    'order',
  ],
  ['科技部公告2021年第1号', '科技部公告2021年第1号', '科技部', 2021, 1, 'announcement'],
  [
    '国家知识产权局公告第123号',
    '国家知识产权局公告第123号',
    '国家知识产权局',
    undefined,
    123,
    'announcement',
  ],
  [
    '工业和信息化部公告２０２１年第５号',
    '工业和信息化部公告2021年第5号',
    '工业和信息化部',
    2021,
    5,
    'announcement',
  ],
];

describe('parseDocumentNumber', () => {
  it.each(WHOLE_NUMBERS)('%j → %s', (text, normalized, issuer, year, serial, kind) => {
    const number = parseDocumentNumber(text);
    expect(number).toMatchObject({ normalized, issuer, serial, kind });
    expect(number?.year).toBe(year);
    expect(normalizeDocumentNumber(text)).toBe(normalized);
  });
});

// Things that only look like a 文号.
const LOOK_ALIKES: readonly string[] = [
  '2021年第3号台风',
  '3号楼',
  '〔2021〕',
  '国科发资〔2021〕',
  '（2021）京0105民初123号',
  '[2021]',
  '见文献[2021]',
  '国科发资〔20211〕1号',
  '国科发资〔1850〕1号',
  '国科发资〔2021〕0号',
  '电话0825-2655068',
  '1号文件',
  '第四十三号',
  '令第四十三号',
  '命令第3号',
  '公告第3号',
  '索引号：30643-2026-001',
  '〔2021〕1号',
];

describe('look-alikes', () => {
  it.each(LOOK_ALIKES)('%j is not a 文号', (text) => {
    expect(findDocumentNumbers(text)).toEqual([]);
    expect(parseDocumentNumber(text)).toBeNull();
  });

  it.each(['根据国科发资〔2021〕1号文件', '国科发资〔2021〕1号、国科发资〔2021〕2号', '无', ''])(
    '%j is not exactly one 文号',
    (text) => {
      expect(parseDocumentNumber(text)).toBeNull();
      expect(normalizeDocumentNumber(text)).toBeNull();
    },
  );
});

// [running text, [raw, start, normalized] of every 文号 in it, in order]
const IN_RUNNING_TEXT: ReadonlyArray<
  readonly [string, ReadonlyArray<readonly [string, number, string]>]
> = [
  ['根据国科发资〔2021〕1号文件', [['国科发资〔2021〕1号', 2, '国科发资〔2021〕1号']]],
  [
    '按照《关于印发…的通知》（川科政〔2026〕6号）要求',
    [['川科政〔2026〕6号', 13, '川科政〔2026〕6号']],
  ],
  ['发文字号：遂科技党组〔2020〕20号', [['遂科技党组〔2020〕20号', 5, '遂科技党组〔2020〕20号']]],
  ['发文字号遂科技党组〔2020〕20号', [['遂科技党组〔2020〕20号', 4, '遂科技党组〔2020〕20号']]],
  ['关于转发国科发资〔2021〕1号的通知', [['国科发资〔2021〕1号', 4, '国科发资〔2021〕1号']]],
  [
    '问题整改工作方案》(遂科技党组〔2020〕20号),明确了具体',
    [['遂科技党组〔2020〕20号', 10, '遂科技党组〔2020〕20号']],
  ],
  [
    '国科发资〔2021〕1号和国科发资〔2021〕2号',
    [
      ['国科发资〔2021〕1号', 0, '国科发资〔2021〕1号'],
      ['国科发资〔2021〕2号', 13, '国科发资〔2021〕2号'],
    ],
  ],
  ['依据金复[2026]220号及相关规定', [['金复[2026]220号', 2, '金复〔2026〕220号']]],
  ['2001年1月20日科学技术部令第4号公布', [['科学技术部令第4号', 10, '科学技术部令第4号']]],
  [
    '（1999年5月23日中华人民共和国国务院令第265号发布）',
    [['中华人民共和国国务院令第265号', 11, '中华人民共和国国务院令第265号']],
  ],
  [
    '国家科学技术奖励条例（国务院令第782号第四次修订）',
    [['国务院令第782号', 11, '国务院令第782号']],
  ],
  // A run longer than any issuer keeps its rightmost 12 characters.
  [
    '一二三四五六七八九十一二三四五六七八九十国科发资〔2021〕1号',
    [['三四五六七八九十国科发资〔2021〕1号', 12, '三四五六七八九十国科发资〔2021〕1号']],
  ],
  ['（2021）京0105民初123号与国科发〔2021〕3号', [['国科发〔2021〕3号', 18, '国科发〔2021〕3号']]],
];

describe('findDocumentNumbers', () => {
  it.each(IN_RUNNING_TEXT)('%j', (text, expected) => {
    const found = findDocumentNumbers(text);
    expect(found.map((n) => [n.raw, n.start, n.normalized])).toEqual(expected);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.raw);
  });

  it('stays linear on a megabyte of digits, brackets and Han runs', () => {
    const noise = '〔2021〕[1234]【99999】(2021)京0105号令第公告2021年第 国科发资〔2021〕';
    const text = noise.repeat(Math.ceil(1_000_000 / noise.length));
    const started = performance.now();
    findDocumentNumbers(text);
    findDocumentNumbers('国'.repeat(1_000_000));
    findDocumentNumbers('国〔'.repeat(500_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
