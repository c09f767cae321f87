import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scraper/demo/compose-bodies.ts';
import type { WatchRule } from '../../shared/model.ts';
import { compileRules } from '../../shared/rules/rule-matcher.ts';
import { foldText } from '../../shared/text/fold-text.ts';

const rule = (id: string, spec: Omit<WatchRule, 'id'>): WatchRule => ({ id, ...spec });

/** The original text under each span, so a table states what a reader would see highlighted. */
function shown(rules: WatchRule[], text: string, options = {}) {
  const result = compileRules(rules).matchText(text, options);
  return {
    rules: result.rules,
    shown: result.spans.map((s) => `${s.rule}:${text.slice(s.start, s.end)}@${s.start}`),
  };
}

describe('matchText: a table of cases', () => {
  const inspection = rule('inspection', { any: ['巡视', '巡察'], all: ['整改'], none: ['招聘'] });
  it.each([
    [
      'simplified rule, traditional text',
      [rule('r', { any: ['巡视整改'] })],
      '院黨組巡視整改工作',
      ['r'],
      ['r:巡視整改@3'],
    ],
    [
      'traditional rule, simplified text',
      [rule('r', { any: ['巡視整改'] })],
      '院党组巡视整改工作',
      ['r'],
      ['r:巡视整改@3'],
    ],
    ['臺灣 for 台湾', [rule('r', { any: ['台湾'] })], '臺灣地區', ['r'], ['r:臺灣@0']],
    ['台湾 for 臺灣', [rule('r', { any: ['臺灣'] })], '台湾地区', ['r'], ['r:台湾@0']],
    ['ＡＩ for AI', [rule('r', { any: ['AI'] })], '发展ＡＩ产业', ['r'], ['r:ＡＩ@2']],
    ['R&D for r&d', [rule('r', { any: ['r&d'] })], 'R&D投入', ['r'], ['r:R&D@0']],
    ['Latin term not inside a word', [rule('r', { any: ['AI'] })], 'send MAIL to said', [], []],
    ['Latin term beside Han', [rule('r', { any: ['AI'] })], '推动AI赋能', ['r'], ['r:AI@2']],
    ['no false hit across words', [rule('r', { any: ['巡视'] })], '巡查与视察', [], []],
    ['all: every term needed', [inspection], '开展巡视工作', [], []],
    [
      'all satisfied',
      [inspection],
      '巡视反馈后立即整改',
      ['inspection'],
      ['inspection:巡视@0', 'inspection:整改@7'],
    ],
    ['none vetoes', [inspection], '巡察整改，招聘公告', [], []],
    [
      'repeated occurrences',
      [rule('r', { any: ['巡视'] })],
      '巡视、巡视、巡視',
      ['r'],
      ['r:巡视@0', 'r:巡视@3', 'r:巡視@6'],
    ],
    [
      'overlapping rules both report',
      [rule('a', { any: ['科技'] }), rule('b', { any: ['科技部'] })],
      '科技部召开会议',
      ['a', 'b'],
      ['a:科技@0', 'b:科技部@0'],
    ],
    [
      'overlapping terms of one rule',
      [rule('r', { any: ['科学', '学院'] })],
      '科学院',
      ['r'],
      ['r:科学@0', 'r:学院@1'],
    ],
    [
      'offsets after an astral character',
      [rule('r', { any: ['巡视'] })],
      '𠀀巡视',
      ['r'],
      ['r:巡视@2'],
    ],
    ['offsets after emoji', [rule('r', { any: ['整改'] })], '😀😀整改', ['r'], ['r:整改@4']],
    ['astral term', [rule('r', { any: ['𠀀'] })], '一𠀀二', ['r'], ['r:𠀀@1']],
    [
      'term across ruby pinyin',
      [rule('r', { any: ['科学院'] })],
      '中國科學(xué)院',
      ['r'],
      ['r:科學(xué)院@2'],
    ],
    [
      'term across padded spaces',
      [rule('r', { any: ['日期'] })],
      '日  期：',
      ['r'],
      ['r:日  期@0'],
    ],
    [
      'full-width term matches half-width text',
      [rule('r', { any: ['２０２１'] })],
      '2021年',
      ['r'],
      ['r:2021@0'],
    ],
    [
      'only all terms',
      [rule('r', { all: ['巡视', '整改'] })],
      '整改与巡视',
      ['r'],
      ['r:整改@0', 'r:巡视@3'],
    ],
    ['empty text', [rule('r', { any: ['巡视'] })], '', [], []],
  ])('%s', (_name, rules, text, expectedRules, expectedShown) => {
    expect(shown(rules as WatchRule[], text as string)).toEqual({
      rules: expectedRules,
      shown: expectedShown,
    });
  });
});

describe('fields and sites', () => {
  const titleOnly = rule('t', { any: ['通知'], fields: ['title'] });
  const mostOnly = rule('m', { any: ['通知'], sites: ['most-tztg'] });

  it('applies a title-only rule to titles, not bodies', () => {
    expect(shown([titleOnly], '关于…的通知', { field: 'title' }).rules).toEqual(['t']);
    expect(shown([titleOnly], '关于…的通知', { field: 'body' }).rules).toEqual([]);
    expect(shown([titleOnly], '关于…的通知').rules).toEqual(['t']);
  });

  it('limits a rule to its sites when the site is known', () => {
    expect(shown([mostOnly], '通知', { siteId: 'most-tztg' }).rules).toEqual(['m']);
    expect(shown([mostOnly], '通知', { siteId: 'ah-kjt-tzgg' }).rules).toEqual([]);
    expect(shown([mostOnly], '通知').rules).toEqual(['m']);
  });

  it('matches a notice field by field: all terms must meet in one field', () => {
    const r = rule('r', { any: ['巡视'], all: ['整改'] });
    const m = compileRules([r]);
    expect(m.matchNotice({ title: '巡视反馈', body: '整改情况' }).rules).toEqual([]);
    const hit = m.matchNotice({ title: '巡视整改', body: '没有' });
    expect(hit.rules).toEqual(['r']);
    expect(hit.spans.map((s) => `${s.field}:${s.start}-${s.end}`)).toEqual([
      'title:0-2',
      'title:2-4',
    ]);
  });
});

describe('matchingRules', () => {
  it('agrees with matchText on which rules hold', () => {
    const rules = [
      rule('a', { any: ['巡视'], all: ['整改'] }),
      rule('b', { any: ['AI'] }),
      rule('c', { any: ['招聘'] }),
    ];
    const m = compileRules(rules);
    for (const text of ['巡視整改', '巡视', 'MAIL', 'AI整改巡视', '招聘AI', '']) {
      expect(m.matchingRules(text)).toEqual(m.matchText(text).rules);
    }
  });
});

describe('noticeRules', () => {
  it('agrees with matchNotice field by field', () => {
    const m = compileRules([
      rule('a', { any: ['巡视'], all: ['整改'] }),
      rule('t', { any: ['通知'], fields: ['title'] }),
      rule('s', { any: ['通知'], sites: ['most-tztg'] }),
    ]);
    const notices = [
      { title: '巡视反馈', body: '整改情况' },
      { title: '巡视整改的通知', body: '没有' },
      { title: '会议', body: '通知：巡視整改', siteId: 'most-tztg' },
      { title: '会议', body: '通知', siteId: 'anhui-tzgg' },
    ];
    for (const n of notices) expect(m.noticeRules(n)).toEqual(m.matchNotice(n).rules);
    // No site given: a rule limited to sites still applies (the site is unknown).
    expect(m.noticeRules(notices[1]!)).toEqual(['a', 't', 's']);
  });
});

describe('many rules', () => {
  it('reports each rule under its own spelling of a shared term', () => {
    const m = compileRules([rule('a', { any: ['臺灣'] }), rule('b', { any: ['台湾'] })]);
    expect(m.patternCount).toBe(1);
    expect(m.matchText('台湾').spans.map((s) => `${s.rule}:${s.term}`)).toEqual([
      'a:臺灣',
      'b:台湾',
    ]);
  });

  it('finds every one of a thousand terms', () => {
    const terms = Array.from({ length: 1000 }, (_, i) => `项目${i.toString(36)}号`);
    const m = compileRules([rule('many', { any: terms })]);
    const text = terms.slice().reverse().join('，');
    const found = new Set(m.matchText(text).spans.map((s) => text.slice(s.start, s.end)));
    // 项目1号 also occurs inside 项目1a号? No: 号 closes every term, so each is found once.
    expect(found.size).toBe(1000);
  });
});

describe('regionsOf: each region as if matched alone', () => {
  // Seeded: the same texts on every run, with the awkward pieces close together (Latin words
  // against region edges, traditional script, ruby pinyin, spaces).
  const pieces = [
    '巡视',
    '巡視',
    '整改',
    '招聘',
    'AI',
    'ai',
    'mail',
    'ＡＩ',
    ' ',
    '学(xué)',
    '工作',
    '臺灣',
    '台湾',
    '，',
    'x',
  ];
  const rules = [
    rule('inspection', { any: ['巡视', '巡察'], all: ['整改'], none: ['招聘'] }),
    rule('ai', { any: ['AI', '台湾'] }),
    rule('titles', { any: ['工作'], fields: ['title'] }),
    rule('bodies', { any: ['整改'], fields: ['body'] }),
    rule('elsewhere', { any: ['巡视'], sites: ['other-site'] }),
  ];
  const matcher = compileRules(rules);

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with matchText on every region (seed %i)', (seed) => {
    const next = createRandom(seed);
    const text = Array.from({ length: 400 }, () => pieces[Math.floor(next() * pieces.length)]).join(
      '',
    );
    const regions: [number, number][] = Array.from({ length: 60 }, () => {
      const a = Math.floor(next() * text.length);
      const b = Math.min(text.length, a + 1 + Math.floor(next() * 30));
      return [a, b];
    });
    const options = { field: 'title' as const, siteId: 'most-tztg' };
    const scanned = matcher.regionsOf(text);
    const together = regions.map(([a, b]) => scanned.match(a, b, options));
    const alone = regions.map(([a, b]) => {
      const m = matcher.matchText(text.slice(a, b), options);
      return {
        rules: m.rules,
        spans: m.spans.map((s) => ({ ...s, start: s.start + a, end: s.end + a })),
      };
    });
    expect(together).toEqual(alone);
    // Folded beforehand by the caller, the same.
    const prefolded = matcher.regionsOf(foldText(text));
    expect(regions.map(([a, b]) => prefolded.match(a, b, options))).toEqual(together);
    // The cases that make the comparison worth having occur in these texts.
    expect(alone.some((m) => m.rules.length > 0)).toBe(true);
    // All regions in one call: each region's rules, and the spans of all, region after region.
    const each = scanned.matchEach(regions.flat(), options);
    expect(each.rules.map((r) => r ?? [])).toEqual(alone.map((m) => m.rules));
    expect(each.spans).toEqual(alone.flatMap((m) => m.spans));
    // Beside a match of the whole text, the same is shown with fewer spans of the regions.
    const besides = { siteId: 'most-tztg' };
    const wholeSpans = scanned.match(0, text.length, besides).spans;
    const lean = scanned.matchEach(regions.flat(), options, besides);
    const key = (s: { rule: string; term: string; start: number; end: number }) =>
      `${s.rule}|${s.term}|${s.start}|${s.end}`;
    const shown = (spans: typeof wholeSpans) => [...new Set(spans.map(key))].sort();
    expect(lean.rules).toEqual(each.rules);
    expect(shown([...wholeSpans, ...lean.spans])).toEqual(shown([...wholeSpans, ...each.spans]));
    expect(lean.spans.every((s) => each.spans.some((o) => key(o) === key(s)))).toBe(true);
    expect(lean.spans.length).toBeLessThan(each.spans.length);
  });

  it('keeps a Latin term whose neighbour lies outside the region', () => {
    const text = 'mailAI工作';
    const scanned = matcher.regionsOf(text);
    expect(scanned.match(4, 8).rules).toEqual(['ai', 'titles']);
    expect(scanned.match(0, 6).rules).toEqual([]);
  });
});
