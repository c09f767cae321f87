// Killed at any point, the next run finishes the work: nothing lost, nothing duplicated. A real
// `kjwatch crawl` child process is SIGKILLed by the site itself at chosen requests (mid-list,
// between a notice and its attachment), then run again until it completes.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../scraper/store/open-store.ts';
import { tempDir } from '../support/fake-notice.ts';

const bin = join(import.meta.dirname, '../../bin/kjwatch.js');
const PAGES = 3;
const PER_PAGE = 4;
const log: string[] = [];
let child: ChildProcess | undefined;
let killAt: ((path: string) => boolean) | undefined;

const server = createServer((req, res) => {
  const path = req.url ?? '';
  log.push(path);
  if (killAt?.(path)) {
    // Killed while this request is under way: the crawler never sees its answer.
    child?.kill('SIGKILL');
    killAt = undefined;
    return void res.destroy();
  }
  if (path === '/robots.txt') return void res.writeHead(404).end();
  const list = /^\/tzgg\/index(?:_(\d))?\.html$/.exec(path);
  const html = (body: string) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<html><body>${body}</body></html>`);
  if (list) {
    const page = Number(list[1] ?? 0);
    const items = Array.from({ length: PER_PAGE }, (_, i) => page * PER_PAGE + i)
      .map(
        (n) =>
          `<li><a href="./t2024_${n}.html">关于第${n}号科技项目的通知</a><span>2024-07-01</span></li>`,
      )
      .join('');
    return html(
      `<ul class="list">${items}</ul><script>createPageHTML(${PAGES}, ${page}, "index", "html");</script>`,
    );
  }
  if (path.endsWith('.pdf'))
    return void res.writeHead(200, { 'content-type': 'application/pdf' }).end(`%PDF-1.4 ${path}`);
  const n = /t2024_(\d+)/.exec(path)?.[1];
  html(
    `<h1>第${n}号通知</h1><div class="TRS_Editor"><p>各有关单位：第${n}号科技项目有关事项通知如下。</p>` +
      `<p>一、请认真组织实施。</p><p><a href="/f/${n}.pdf">附件${n}.pdf</a></p></div>`,
  );
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => void server.close());

function runCrawl(
  dir: string,
): Promise<{ code: number | null; signal: string | null; stdout: string }> {
  const profile = {
    id: 'fake-resume',
    name: '通知',
    org: '测试厅',
    level: 'provincial',
    start: [`${base}/tzgg/index.html`],
    list: { item: 'ul.list li', paging: { type: 'trs' } },
    fetch: 'http',
  };
  writeFileSync(join(dir, 'profile.json'), JSON.stringify(profile));
  const args = [
    bin,
    'crawl',
    '--profile',
    join(dir, 'profile.json'),
    '--db',
    join(dir, 'k.db'),
    '--delay',
    '0',
    '--json',
  ];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  child = proc;
  let stdout = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  return new Promise((resolve) =>
    proc.on('close', (code, signal) => resolve({ code, signal, stdout })),
  );
}

const countOf = (prefix: string) => log.filter((p) => p.startsWith(prefix)).length;

it('a crawl SIGKILLed mid-list and between a notice and its file ends with exactly the right data', async () => {
  const dir = tempDir();
  // 1st run: killed while fetching the 6th notice (the 2nd list page read, its notices half done).
  killAt = (p) => p.includes('t2024_') && countOf('/tzgg/t2024_') === 6;
  expect((await runCrawl(dir)).signal).toBe('SIGKILL');
  // 2nd run: killed at its 3rd attachment download, with notices saved whose files are not.
  const before = countOf('/f/');
  killAt = (p) => p.startsWith('/f/') && countOf('/f/') === before + 3;
  expect((await runCrawl(dir)).signal).toBe('SIGKILL');
  // 3rd run: left alone.
  const last = await runCrawl(dir);
  expect(last.code).toBe(0);
  expect(JSON.parse(last.stdout)[0]).toMatchObject({ status: 'ok', failed: 0 });

  const total = PAGES * PER_PAGE;
  const store = openStore(join(dir, 'k.db'));
  const notices = store.listNotices();
  expect(notices).toHaveLength(total);
  expect(new Set(notices.map((n) => n.url)).size).toBe(total);
  for (const n of notices) expect(store.getNoticeVersions(n.id)).toHaveLength(1);
  store.close();
  const db = new Database(join(dir, 'k.db'), { readonly: true });
  const links = db
    .prepare('SELECT count(*) AS n, count(DISTINCT sha256) AS files FROM notice_attachments')
    .get();
  db.close();
  expect(links).toEqual({ n: total, files: total });
  // The finished run leaves nothing to resume.
  expect(existsSync(join(dir, 'k.db.crawl')) ? readdirSync(join(dir, 'k.db.crawl')) : []).toEqual(
    [],
  );
}, 120_000);
