// `kjwatch extract` end to end: files in any charset, http(s) pages from a local server (no
// network in tests), and one-line errors with a non-zero exit for bad input.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// iconv-lite ships with the toolchain (a transitive dependency); only tests use it, to write GBK.
const iconv = createRequire(import.meta.url)('iconv-lite') as {
  encode(text: string, charset: string): Buffer;
};
const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/kjwatch.js');
const seeds = join(root, 'tests/fixtures/seeds');

function kjwatch(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('kjwatch extract <file>', () => {
  it('decodes a GBK page and takes its address from the leading comment', async () => {
    const r = await kjwatch(['extract', join(seeds, '004-gansu-gbk.html')]);
    expect(r.code).toBe(0);
    const notice = JSON.parse(r.stdout);
    expect(notice.url).toBe('http://kjt.gansu.gov.cn/kjt/c111534/201810/1309841.shtml');
    expect(notice.title).toBe('省科技厅党组理论学习中心组举行2018年第十二次集体学习');
    expect(notice.publishedAt).toBe('2018-10-22T10:42+08:00');
    expect(notice.matches).toEqual([]);
  });

  it('uses --url and --site when given', async () => {
    const url = 'https://www.ntsc.ac.cn/xwdt/zhxw/202101/t20210129_1.html';
    const r = await kjwatch([
      'extract',
      join(seeds, '001-ntsc-trs.html'),
      '--url',
      url,
      '--site',
      'ntsc-zhxw',
    ]);
    expect(r.code).toBe(0);
    const notice = JSON.parse(r.stdout);
    expect(notice.url).toBe(url);
    expect(notice.siteId).toBe('ntsc-zhxw');
  });

  const dir = mkdtempSync(join(tmpdir(), 'kjwatch-extract-'));
  const binary = join(dir, 'notice.pdf');
  writeFileSync(binary, Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>>', 'latin1'));

  it.each([
    [
      'a missing file',
      ['/nonexistent/page.html'],
      1,
      /^kjwatch: \/nonexistent\/page\.html: no such file\n$/,
    ],
    ['a directory', [dir], 1, /: is a directory\n$/],
    ['a binary file', [binary], 1, /not an HTML page \(binary content\)\n$/],
    [
      'an unknown site',
      [join(seeds, '003-most-news.html'), '--site', 'no-such-site'],
      2,
      /^kjwatch: unknown site "no-such-site"/,
    ],
    [
      'a bad --url',
      [join(seeds, '003-most-news.html'), '--url', 'not a url'],
      2,
      /^kjwatch: --url "not a url" is not a URL\n$/,
    ],
  ])('rejects %s with one line and no stack trace', async (_case, args, code, message) => {
    const r = await kjwatch(['extract', ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('kjwatch extract <url>', () => {
  let server: Server;
  let base = '';
  const gbkPage = iconv.encode(
    '<html><head><title>申报通知</title></head><body><h1>申报通知</h1><p>科技创新，一切实情。</p></body></html>',
    'gbk',
  );

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/202103/t20210304_1.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
        res.end(gbkPage);
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches, decodes by the HTTP charset and dates from the URL', async () => {
    const r = await kjwatch(['extract', `${base}/202103/t20210304_1.html`]);
    expect(r.code).toBe(0);
    const notice = JSON.parse(r.stdout);
    expect(notice.title).toBe('申报通知');
    expect(notice.bodyText).toBe('科技创新，一切实情。');
    expect(notice.publishedAt).toBe('2021-03-04');
    expect(notice.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('reports an HTTP error in one line', async () => {
    const r = await kjwatch(['extract', `${base}/missing.html`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kjwatch: cannot fetch ${base}/missing.html: HTTP 404\n`);
  });

  it('reports an unreachable host in one line', async () => {
    const r = await kjwatch(['extract', 'http://127.0.0.1:1/x.html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kjwatch: cannot fetch http:\/\/127\.0\.0\.1:1\/x\.html: .+\n$/);
  });
});
