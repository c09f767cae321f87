// `kjwatch demo` end to end, as a user runs it: through bin/kjwatch.js, in an empty folder,
// with no internet. The crawl goes through the real crawler, Chromium included (the NTSC
// replica sits behind a JS challenge). It needs no extension build.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startReplicaSites } from '../../scraper/demo/start-replica-sites.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import { fakeNotice, tempDir } from '../support/fake-notice.ts';

const bin = join(import.meta.dirname, '../../bin/kjwatch.js');

function kjwatch(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  site: string;
  new: number;
  unchanged: number;
  failed: number;
  browser: number;
  status: string;
}

/** The rows of the summary table that follows `heading`. */
function table(stdout: string, heading: string): Map<string, Row> {
  const section = stdout.slice(stdout.indexOf(heading)).split('\n\n')[0]!;
  const rows = new Map<string, Row>();
  for (const m of section.matchAll(/^ {2}(\S+) +(\d+) +\d+ +(\d+) +(\d+) +\d+ +(\d+) {2}(\S*)/gm)) {
    const [, site, n, unchanged, failed, browser, status] = m;
    rows.set(site!, {
      site: site!,
      new: +n!,
      unchanged: +unchanged!,
      failed: +failed!,
      browser: +browser!,
      status: status!,
    });
  }
  return rows;
}

describe('kjwatch demo', () => {
  let cwd: string;
  let run: ReturnType<typeof kjwatch>;
  let expected: Map<string, number>;

  beforeAll(async () => {
    const replica = await startReplicaSites();
    expected = new Map();
    for (const n of replica.sites.flatMap((s) => s.notices))
      expected.set(n.profileId, (expected.get(n.profileId) ?? 0) + 1);
    await replica.close();
    cwd = tempDir();
    run = kjwatch(['demo'], cwd);
  }, 300_000);

  it('exits 0 and stores every notice of every replica site', () => {
    expect(run.code, run.stderr).toBe(0);
    const first = table(run.stdout, 'First crawl');
    expect([...first.keys()].filter((k) => k !== 'total').sort()).toEqual(
      [...expected.keys()].sort(),
    );
    for (const [site, count] of expected) expect(first.get(site)?.new, site).toBe(count);
    // The challenge site came through the browser.
    expect(first.get('ntsc-zhxw')!.browser).toBeGreaterThan(0);
    const store = openStore(join(cwd, 'kjwatch-demo/kjwatch-demo.db'), { mustExist: true });
    try {
      const notices = store.listNotices();
      expect(notices).toHaveLength([...expected.values()].reduce((a, b) => a + b, 0));
      const gansu = notices.find(
        (n) => n.title === '省科技厅党组理论学习中心组举行2018年第十二次集体学习',
      );
      expect(gansu?.publishedAt).toMatch(/^2018-10-22/);
      expect(notices.some((n) => n.title.startsWith('中國科學院黨組巡視組'))).toBe(true);
    } finally {
      store.close();
    }
  });

  it('prints the notices the sample rules match', () => {
    expect(run.stdout).toMatch(/巡视巡察整改 \(inspection\): [1-9]/);
    expect(run.stdout).toContain(
      '中共遂宁市科学技术局党组关于市委第四巡察组巡察反馈意见整改情况的通报',
    );
    expect(run.stdout).toMatch(/人工智能 \(ai\): [1-9]/);
  });

  it('writes exports in every format, and they parse', () => {
    const count = [...expected.values()].reduce((a, b) => a + b, 0);
    const file = (ext: string) =>
      readFileSync(join(cwd, `kjwatch-demo/exports/kjwatch-demo.${ext}`), 'utf8');
    const jsonl = file('jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { title: string });
    expect(jsonl).toHaveLength(count);
    expect((JSON.parse(file('json')) as unknown[]).length).toBe(count);
    expect(file('csv').startsWith('\uFEFF')).toBe(true);
    expect(file('ris').match(/^TY {2}- /gm)).toHaveLength(count);
    expect(file('ris').match(/^ER {2}- /gm)).toHaveLength(count);
    expect(file('bib').match(/^@\w+\{/gm)).toHaveLength(count);
    expect(file('md')).toContain(jsonl[0]!.title);
  });

  it('re-runs with list pages only and finds everything unchanged', () => {
    const second = table(run.stdout, 'Second crawl');
    for (const site of expected.keys()) {
      expect(second.get(site)?.new, site).toBe(0);
      expect(second.get(site)?.status, site).toBe('ok');
    }
    expect(run.stdout).toMatch(
      /re-run: +\d+ requests \(\d+ list pages, 0 detail pages, 0 attachments/,
    );
    expect(run.stdout).toContain('0 new or updated');
  });

  it('refuses to replace a database that is not a demo one', () => {
    const dir = tempDir();
    const db = join(dir, 'mine.db');
    const store = openStore(db);
    store.saveNotice(fakeNotice());
    store.close();
    const size = statSync(db).size;
    const r = kjwatch(['demo', '--db', db], dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /^kjwatch: will not replace .*mine\.db: it holds notices from real sites/,
    );
    expect(statSync(db).size).toBe(size);
  });
});
