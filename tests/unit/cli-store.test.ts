import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../scraper/store/open-store.ts';
import { builtInProfiles } from '../../shared/sites/index.ts';
import { fakeNotice, tempDir } from '../support/fake-notice.ts';

const bin = join(import.meta.dirname, '../../bin/kjwatch.js');
const sampleRules = join(import.meta.dirname, '../fixtures/rules/sample.json');

function kjwatch(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KJWATCH_DB: '/nonexistent/kjwatch-test.db' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir();
  db = join(dir, 'kjwatch.db');
  const store = openStore(db);
  store.saveNotice(fakeNotice());
  store.saveNotice(
    fakeNotice({
      id: 'cas',
      url: 'https://www.cas.cn/tz/1.html',
      siteId: 'cas-cg',
      title: '=HYPERLINK("http://evil")院黨組巡視整改進展',
      publishedAt: '2019-03-01',
      publisher: '中國科學院',
      documentNumber: undefined,
      bodyText: '院黨組對巡視反饋問題逐條整改。',
      matches: [],
    }),
  );
  store.saveNotice(
    fakeNotice({
      id: 'ai',
      url: 'https://kjt.ah.gov.cn/ai.html',
      siteId: 'anhui-tzgg',
      title: '关于征集人工智能应用场景的通知',
      publishedAt: '2024-05-10',
      documentNumber: '皖科高秘〔2024〕88号',
      bodyText: '为加快ＡＩ技术落地，现征集应用场景。',
      matches: [],
    }),
  );
  store.close();
});

describe('kjwatch search', () => {
  it('prints hits with 【】-marked snippets when not on a terminal', () => {
    const r = kjwatch(['search', '巡視', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2021-12-06  most-tztg  科技部关于开展【巡视】整改工作的通知');
    expect(r.stdout).toContain('院黨組對【巡視】反饋問題逐條整改。');
    expect(r.stdout).toContain('  https://www.cas.cn/tz/1.html');
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stderr).toBe('2 notices found\n');
  });

  it('prints JSON with --json, filtered by --site, --since and --limit', () => {
    const ids = (args: string[]) =>
      (
        JSON.parse(kjwatch(['search', ...args, '--db', db, '--json']).stdout) as { id: string }[]
      ).map((h) => h.id);
    expect(ids(['整改'])).toHaveLength(2);
    expect(ids(['整改', '--site', 'cas-cg'])).toEqual(['cas']);
    expect(ids(['整改', '--since', '2020-01-01'])).toEqual(['n-most-1']);
    expect(ids(['整改', '--limit', '1'])).toHaveLength(1);
    expect(ids(['ai'])).toEqual(['ai']);
    expect(ids(['人工智能', '--rules', sampleRules])).toEqual(['ai']);
  });
});

describe('kjwatch export', () => {
  it('writes CSV to --out with a BOM and formula-safe cells', () => {
    const out = join(dir, 'notices.csv');
    const r = kjwatch(['export', '--format', 'csv', '--db', db, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`exported 3 notices to ${out}\n`);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF标题 title,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")院黨組巡視整改進展"`);
  });

  it('re-matches --rules now, whatever was stored', () => {
    const r = kjwatch(['export', '--format', 'jsonl', '--rules', sampleRules, '--db', db]);
    expect(r.code).toBe(0);
    const notices = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; matches: string[] });
    expect(notices.map((n) => [n.id, n.matches])).toEqual([
      ['ai', ['ai']],
      ['n-most-1', ['inspection']],
      ['cas', ['inspection']],
    ]);
  });

  it.each([
    ['ris', /^TY {2}- GOVDOC\r\n/],
    ['bibtex', /^@techreport\{anhui-tzgg-2024-ai,/],
    ['csl-json', /^\[\n {2}\{"id":"ai","type":"report"/],
    ['md', /^## 关于征集人工智能应用场景的通知\n/],
  ])('writes %s to stdout', (format, start) => {
    const r = kjwatch(['export', '--format', format, '--site', 'anhui-tzgg', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(start);
    expect(r.stderr).toBe('exported 1 notice\n');
  });
});

describe('kjwatch sites', () => {
  it('lists the built-in profiles as text and as JSON', () => {
    const text = kjwatch(['sites']);
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split('\n')).toHaveLength(builtInProfiles.length);
    expect(text.stdout).toMatch(/^most-tztg +national +中华人民共和国科学技术部 · /m);
    const json = JSON.parse(kjwatch(['sites', '--json']).stdout) as {
      id: string;
      start: string[];
    }[];
    expect(json.map((p) => p.id)).toEqual(builtInProfiles.map((p) => p.id));
    expect(json[0]).toEqual({
      id: builtInProfiles[0]!.id,
      org: builtInProfiles[0]!.org,
      name: builtInProfiles[0]!.name,
      level: builtInProfiles[0]!.level,
      start: builtInProfiles[0]!.start,
    });
  });
});

describe('bad input', () => {
  it.each([
    [
      'an unknown format',
      ['export', '--format', 'xlsx', '--db', 'DB'],
      /^kjwatch: --format must be one of jsonl, csv, md, ris, bibtex, csl-json, not "xlsx"\n$/,
    ],
    [
      'a bad date',
      ['search', '巡视', '--since', '2021-02-30', '--db', 'DB'],
      /^kjwatch: --since must be a date like 2024-01-31/,
    ],
    [
      'a bad limit',
      ['search', '巡视', '--limit', 'ten', '--db', 'DB'],
      /^kjwatch: --limit must be a positive whole number/,
    ],
    [
      'an empty query',
      ['search', '  ', '--db', 'DB'],
      /^kjwatch: search needs a non-empty query\n$/,
    ],
    [
      'a missing database',
      ['search', '巡视', '--db', 'MISSING'],
      /^kjwatch: no database at .*missing\.db/,
    ],
    [
      'a missing default database',
      ['export', '--format', 'csv'],
      /^kjwatch: no database at \/nonexistent\/kjwatch-test\.db/,
    ],
    [
      'a file that is not SQLite',
      ['export', '--format', 'csv', '--db', 'NOTSQLITE'],
      /^kjwatch: .*not-sqlite\.db is not a kjwatch database/,
    ],
    [
      'a missing rules file',
      ['export', '--format', 'csv', '--rules', '/nonexistent.json', '--db', 'DB'],
      /^kjwatch: rules file \/nonexistent\.json: no such file\n$/,
    ],
  ])('%s: one line on stderr, non-zero exit, nothing written', (_name, args, message) => {
    const notSqlite = join(dir, 'not-sqlite.db');
    writeFileSync(notSqlite, 'PK\u0003\u0004 a zip, not a database');
    const before = readFileSync(db);
    const resolved = args.map((a) =>
      a === 'DB'
        ? db
        : a === 'MISSING'
          ? join(dir, 'missing.db')
          : a === 'NOTSQLITE'
            ? notSqlite
            : a,
    );
    const r = kjwatch(resolved);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(notSqlite, 'utf8')).toBe('PK\u0003\u0004 a zip, not a database');
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });

  it('leaves an existing --out file alone when the export fails', () => {
    const out = join(dir, 'keep.csv');
    writeFileSync(out, 'earlier export');
    const r = kjwatch(['export', '--format', 'csv', '--db', join(dir, 'nope.db'), '--out', out]);
    expect(r.code).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('earlier export');
  });
});
