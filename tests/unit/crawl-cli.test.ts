// `kjwatch crawl` as users and cron run it: the summary table on stdout, JSON with --json,
// exit 0 only when every site is ok, one stderr line per failed site, one-line input errors.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../scraper/store/open-store.ts';
import { tempDir } from '../support/fake-notice.ts';
import { fakeProfile } from '../support/fake-site.ts';

const bin = join(import.meta.dirname, '../../bin/kjwatch.js');

const server = createServer((req, res) => {
  const path = req.url ?? '';
  if (path === '/robots.txt' || path.startsWith('/moved/')) return void res.writeHead(404).end();
  const body =
    path === '/list/'
      ? `<ul class="list">${[1, 2].map((i) => `<li><a href="/d/${i}.html">关于第${i}项工作的通知</a><span>2024-08-0${i}</span></li>`).join('')}</ul>`
      : `<h1>通知${path}</h1><div class="TRS_Editor"><p>现将有关事项通知如下。${path}</p></div>`;
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(`<html><body>${body}</body></html>`);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => void server.close());

function kjwatch(
  args: string[],
  cwd?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], {
    ...(cwd ? { cwd } : {}),
    env: {
      ...process.env,
      KJWATCH_DB: '/nonexistent/kjwatch-test.db',
      KJWATCH_CONTACT: 'test@example.org',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

function profiles(dir: string, withMoved = false): string {
  const list = [fakeProfile('fake-ok', `${base}/list/`)];
  if (withMoved) list.push(fakeProfile('fake-moved', `${base}/moved/list/`));
  const file = join(dir, 'profiles.json');
  writeFileSync(file, JSON.stringify(list));
  return file;
}

describe('kjwatch crawl', () => {
  it('prints the summary table and exits 0 when every site is ok', async () => {
    const dir = tempDir();
    const db = join(dir, 'k.db');
    const r = await kjwatch(['crawl', '--profile', profiles(dir), '--db', db, '--delay', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^site\s+new\s+updated\s+unchanged\s+failed\s+skipped\s+requests\s+time\s+status\n/,
    );
    expect(r.stdout).toMatch(/fake-ok\s+2\s+0\s+0\s+0\s+0\s+4\s+[\d.]+ s\s+ok\n$/);
    expect(r.stderr).toContain('fake-ok: new 通知/d/1.html');
    const store = openStore(db);
    expect(store.listNotices()).toHaveLength(2);
    expect(store.listRuns('fake-ok')).toMatchObject([{ new: 2, failed: 0 }]);
    store.close();
  }, 60_000);

  it('exits 1 with one line per failed site, and still saves the others (--json)', async () => {
    const dir = tempDir();
    const args = [
      'crawl',
      '--profile',
      profiles(dir, true),
      '--db',
      join(dir, 'k.db'),
      '--delay',
      '0',
      '--json',
    ];
    const r = await kjwatch(args);
    expect(r.code).toBe(1);
    const summaries = JSON.parse(r.stdout) as { siteId: string; status: string; new: number }[];
    expect(summaries.map((s) => [s.siteId, s.status, s.new])).toEqual([
      ['fake-ok', 'ok', 2],
      ['fake-moved', 'site-changed', 0],
    ]);
    expect(r.stderr).toMatch(
      /^kjwatch: fake-moved: site-changed: the start page .* answers HTTP 404: .*$/m,
    );
  }, 60_000);

  it("leaves another Crawlee project's ./storage alone", async () => {
    const dir = tempDir();
    const files = ['request_queues/default/r1.json', 'datasets/default/000000001.json'];
    for (const file of files) {
      mkdirSync(dirname(join(dir, 'storage', file)), { recursive: true });
      writeFileSync(join(dir, 'storage', file), '{}');
    }
    const r = await kjwatch(
      ['crawl', '--profile', profiles(dir), '--db', 'k.db', '--delay', '0'],
      dir,
    );
    expect(r.code).toBe(0);
    for (const file of files) expect(existsSync(join(dir, 'storage', file))).toBe(true);
    expect(readdirSync(join(dir, 'storage')).sort()).toEqual(['datasets', 'request_queues']);
  }, 60_000);

  it.each([
    [['--site', 'no-such-site'], /^kjwatch: unknown site no-such-site \(known: .*most-tztg.*\)\n$/],
    [
      ['--site', 'most-tztg', '--concurrency', '0'],
      /^kjwatch: --concurrency must be a whole number ≥ 1, not "0"\n$/,
    ],
    [
      ['--site', 'most-tztg', '--proxy', 'ftp://x'],
      /^kjwatch: --proxy must be an http:\/\/, https:\/\/ or socks5:\/\/ URL/,
    ],
  ])(
    'rejects bad input %j in one line',
    async (args, message) => {
      const r = await kjwatch(['crawl', ...args, '--db', join(tempDir(), 'k.db')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    },
    60_000,
  );
});
