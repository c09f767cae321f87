// User site profiles: every problem is reported with its path, and a profile file fails with
// one line naming the file and all its problems.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../scraper/cli/errors.ts';
import { checkCssSelector, loadProfileFile } from '../../scraper/sites/load-profile-file.ts';
import { cronProblems } from '../../shared/sites/validate-cron.ts';
import {
  formatProfileProblems,
  validateSiteProfile,
  validateSiteProfiles,
} from '../../shared/sites/validate-site-profile.ts';

// The DESIGN.md example profile.
const GOOD = {
  id: 'ntsc-zhxw',
  name: '综合新闻',
  org: '中国科学院国家授时中心',
  level: 'cas',
  start: ['https://www.ntsc.ac.cn/xwdt/zhxw/index.html'],
  list: { item: '.list-news li', link: 'a', date: 'span', paging: { type: 'trs' }, maxPages: 5 },
  detail: { title: 'p.wztitle', body: '.TRS_Editor' },
  fetch: 'auto',
  schedule: '0 7 * * *',
};

// A profile as read from JSON: any field may be missing or of the wrong type.
type Edit = (p: Record<string, unknown> & { list: Record<string, unknown> }) => void;

function problemsOf(edit: Edit): string[] {
  const profile = structuredClone(GOOD) as Parameters<Edit>[0];
  edit(profile);
  const result = validateSiteProfile(profile, { checkSelector: checkCssSelector });
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('validateSiteProfile', () => {
  it('accepts the example of DESIGN.md and returns it typed', () => {
    expect(validateSiteProfile(GOOD)).toEqual({ ok: true, value: GOOD });
  });

  it.each<[string, Edit, string]>([
    ['missing id', (p) => delete p.id, 'id: is required'],
    [
      'upper-case id',
      (p) => (p.id = 'NTSC_News'),
      'id: must be lower-case words joined by "-" (e.g. "ntsc-zhxw"), got "NTSC_News"',
    ],
    ['empty name', (p) => (p.name = ' '), 'name: must be a non-empty string'],
    [
      'unknown level',
      (p) => (p.level = 'county'),
      'level: must be one of national, provincial, city, cas, other',
    ],
    ['no start', (p) => delete p.start, 'start: is required: a list of the list pages to read'],
    [
      'start as a string',
      (p) => (p.start = 'https://www.ntsc.ac.cn/'),
      'start: must be a non-empty list of URLs',
    ],
    [
      'an ftp start URL',
      (p) => (p.start = ['ftp://www.ntsc.ac.cn/']),
      'start[0]: must be an http(s) URL, got "ftp://www.ntsc.ac.cn/"',
    ],
    [
      'a relative start URL',
      (p) => (p.start = ['https://www.ntsc.ac.cn/', '/xwdt/']),
      'start[1]: must be an http(s) URL, got "/xwdt/"',
    ],
    ['no list', (p) => Reflect.deleteProperty(p, 'list'), 'list: is required'],
    ['no list.item', (p) => delete p.list.item, 'list.item: is required'],
    [
      'a broken item selector',
      (p) => (p.list.item = '.list-news li['),
      'list.item: is not a valid CSS selector: Expected name, found ',
    ],
    [
      'an unknown paging type',
      (p) => (p.list.paging = { type: 'infinite' }),
      'list.paging.type: must be one of trs, next, param, none',
    ],
    [
      'next without selector',
      (p) => (p.list.paging = { type: 'next' }),
      'list.paging.selector: is required',
    ],
    [
      'param without {n}',
      (p) => (p.list.paging = { type: 'param', template: '?page=2' }),
      'list.paging.template: must contain {n}',
    ],
    [
      'param with a negative first',
      (p) => (p.list.paging = { type: 'param', template: '?page={n}', first: -1 }),
      'list.paging.first: must be a whole number ≥ 0 (the page number after the start page)',
    ],
    [
      'a field of another paging type',
      (p) => (p.list.paging = { type: 'trs', selector: 'a.next' }),
      'list.paging.selector: is not used by paging type "trs"',
    ],
    ['maxPages 0', (p) => (p.list.maxPages = 0), 'list.maxPages: must be a positive whole number'],
    [
      'maxPages 2.5',
      (p) => (p.list.maxPages = 2.5),
      'list.maxPages: must be a positive whole number',
    ],
    [
      'a script list without title',
      (p) => (p.list.script = { url: 'urls' }),
      'list.script.title: is required',
    ],
    [
      'script dates of two arrays',
      (p) => (p.list.script = { url: 'urls', title: 'headers', date: ['year', 'month'] }),
      'list.script.date: must list one array name (whole dates) or three (year, month, day)',
    ],
    [
      'an unknown fetch mode',
      (p) => (p.fetch = 'curl'),
      'fetch: must be one of http, browser, auto',
    ],
    [
      'a misspelt field',
      (p) => (p.shedule = '0 7 * * *'),
      'shedule: is not a field of a site profile (known: id, name, org, level, start, list, detail, fetch, schedule)',
    ],
    [
      'a misspelt list field',
      (p) => (p.list.items = 'li'),
      'list.items: is not a field of list (known: item, link, date, script, paging, maxPages)',
    ],
    [
      'a detail selector that is not a string',
      (p) => (p.detail = { title: 1 }),
      'detail.title: must be a non-empty string',
    ],
    [
      'a six-field schedule',
      (p) => (p.schedule = '0 0 7 * * *'),
      'schedule: has 6 fields; a schedule has 5 (minute hour day-of-month month day-of-week), e.g. "0 7 * * *"',
    ],
    ['hour 25', (p) => (p.schedule = '0 25 * * *'), 'schedule: hour 25 is out of range 0–23'],
    [
      'a schedule that is a number',
      (p) => (p.schedule = 7),
      'schedule: must be a cron expression such as "0 7 * * *"',
    ],
  ])('%s', (_, edit, message) => {
    expect(problemsOf(edit)).toEqual([message]);
  });

  it('reports every problem at once, not the first', () => {
    const problems = problemsOf((p) => {
      p.id = 'Bad Id';
      p.level = 'county';
      p.start = [];
      p.list.paging = { type: 'param', template: '?page=' };
      p.schedule = '61 * * * *';
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'id',
      'level',
      'start',
      'list.paging.template',
      'schedule',
    ]);
  });

  it('says what is wrong with something that is not an object', () => {
    expect(validateSiteProfile('ntsc-zhxw')).toEqual({
      ok: false,
      problems: [
        {
          path: '(profile)',
          message: 'must be an object with id, name, org, level, start and list',
        },
      ],
    });
  });
});

describe('cronProblems', () => {
  it.each([
    '0 7 * * *',
    '0 6,14 * * *',
    '*/15 8-18 * * 1-5',
    '30 7 1 1,4,7,10 *',
    '0 9 * * MON-FRI',
    '0 0 1 JAN *',
    '0 0 * * 7',
    '5-55/10 * * * *',
  ])('accepts %s', (expression) => {
    expect(cronProblems(expression)).toEqual([]);
  });

  it.each([
    [
      '0 7 * *',
      'has 4 fields; a schedule has 5 (minute hour day-of-month month day-of-week), e.g. "0 7 * * *"',
    ],
    ['60 7 * * *', 'minute 60 is out of range 0–59'],
    ['0 7 0 * *', 'day-of-month 0 is out of range 1–31'],
    ['0 7 * 13 *', 'month 13 is out of range 1–12'],
    ['0 7 * * 8', 'day-of-week 8 is out of range 0–7'],
    ['*/0 * * * *', 'minute "*/0": the step must be a positive number'],
    ['0 18-8 * * *', 'hour "18-8": the range runs backwards'],
    ['0 7 * * FRIDAY', 'day-of-week "FRIDAY" is not a number'],
    ['0 7 L * *', 'day-of-month "L" is not a number'],
    ['0 7,, * * *', 'hour "7,," has an empty entry in its list'],
    ['0 7-9-11 * * *', 'hour "7-9-11" is not a value, range (1-5), step (*/15) or list (1,15)'],
  ])('rejects %s', (expression, message) => {
    expect(cronProblems(expression)).toEqual([message]);
  });
});

describe('validateSiteProfiles (a file)', () => {
  it('takes one profile or a list', () => {
    expect(validateSiteProfiles(GOOD)).toEqual({ ok: true, value: [GOOD] });
    const second = { ...GOOD, id: 'ntsc-kyjz', start: ['https://www.ntsc.ac.cn/kyjz/'] };
    expect(validateSiteProfiles([GOOD, second])).toEqual({ ok: true, value: [GOOD, second] });
  });

  it('names each profile by its place in the list, and repeated ids', () => {
    const bad = {
      ...GOOD,
      id: 'ntsc-kyjz',
      list: { item: 'li', paging: { type: 'param', template: '?p=2' } },
    };
    const result = validateSiteProfiles([GOOD, bad, GOOD]);
    expect(result.ok ? [] : formatProfileProblems(result.problems)).toBe(
      'profiles[1].list.paging.template: must contain {n}; profiles[2].id: "ntsc-zhxw" is also the id of profiles[0]; ids must be unique',
    );
  });

  it('refuses an empty list', () => {
    expect(validateSiteProfiles([])).toMatchObject({ ok: false, problems: [{ path: 'profiles' }] });
  });
});

describe('loadProfileFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kjwatch-profiles-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads a file of one profile (with a BOM)', () => {
    expect(loadProfileFile(file('one.json', `\uFEFF${JSON.stringify(GOOD)}`))).toEqual([GOOD]);
  });

  it.each([
    [
      'bad JSON',
      'bad.json',
      '{ "id": "ntsc-zhxw", }',
      /^profile file .*bad\.json is not valid JSON: /,
    ],
    [
      'a bad profile',
      'two.json',
      JSON.stringify([GOOD, { ...GOOD, id: 'x y', list: { item: 'li[' } }]),
      /^profile file .*two\.json has 2 problems: profiles\[1\]\.id: .*; profiles\[1\]\.list\.item: is not a valid CSS selector: /,
    ],
  ])('%s → one line naming the file and the problems', (_, name, text, message) => {
    const path = file(name, text);
    let error: unknown;
    try {
      loadProfileFile(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('a missing file', () => {
    expect(() => loadProfileFile(join(dir, 'nope.json'))).toThrow(
      /^profile file .*nope\.json: no such file$/,
    );
  });
});
