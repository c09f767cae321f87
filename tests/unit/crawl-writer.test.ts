import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { openCrawlWriter } from '../../scraper/crawl/writer/crawl-writer.ts';
import { WarcWriter } from '../../scraper/crawl/writer/warc-writer.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import { StoreError } from '../../scraper/store/store-error.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { fakeNotice, tempDir } from '../support/fake-notice.ts';

const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});
const open = (path: string, options = {}) => {
  const store = openStore(path, options);
  stores.push(store);
  return store;
};

const page = (body: string) => ({
  url: 'https://www.most.gov.cn/a.html',
  fetchedAt: '2024-01-05T08:00:00.000Z',
  status: 200,
  contentType: 'text/html; charset=utf-8',
  body: new TextEncoder().encode(body),
});

describe('the crawl writer thread', () => {
  it('saves through its own connection: the crawl reads what it committed, raw page included', async () => {
    const store = open(join(tempDir(), 'k.db'));
    const writer = openCrawlWriter(store);
    const notice = fakeNotice();
    expect(await writer.saveNotice(notice, page('<p>原文</p>'))).toBe('new');
    expect(await writer.saveNotice(notice, page('<p>原文</p>'))).toBe('unchanged');
    const stored = store.getNotice(notice.id);
    expect(stored?.title).toBe(notice.title);
    const raw = store.getRawPage(store.getNoticeVersions(notice.id)[0]!.rawPage!);
    expect(new TextDecoder().decode(raw?.body)).toBe('<p>原文</p>');
    const attachment = await writer.saveAttachment({
      noticeId: notice.id,
      name: '附件.pdf',
      url: 'https://www.most.gov.cn/a.pdf',
      bytes: new TextEncoder().encode('%PDF-1.4 test'),
    });
    expect(attachment).toMatchObject({ detectedType: 'pdf', stored: true });
    const runId = await writer.recordRun({
      siteId: 'most-tztg',
      startedAt: '2024-01-05T08:00:00.000Z',
      new: 1,
      updated: 0,
      unchanged: 1,
      failed: 0,
    });
    await writer.close();
    expect(store.listRuns('most-tztg').map((r) => r.id)).toEqual([runId]);
  });

  it('keeps the store error kind across the thread: a full database says "full", nothing is lost', async () => {
    const path = join(tempDir(), 'k.db');
    const seed = open(path);
    seed.saveNotice(fakeNotice());
    const pages = Math.ceil(readFileSync(path).length / 4096);
    const store = open(path, { maxPageCount: pages + 2 });
    const writer = openCrawlWriter(store);
    const huge = '巡视整改'.repeat(200_000);
    const err = await writer
      .saveNotice(fakeNotice({ id: 'big', url: 'https://x.cn/big', bodyText: huge }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('full');
    await writer.close();
    expect(store.hasNotice('big')).toBe(false);
    expect(store.hasNotice(fakeNotice().id)).toBe(true);
  });

  it('fails every request of a store it cannot open with the reason, in one line', async () => {
    const dir = tempDir();
    const store = open(join(dir, 'k.db'));
    // A path the thread cannot open as a database: a directory.
    mkdirSync(join(dir, 'sub'));
    const writer = openCrawlWriter({ ...store, path: join(dir, 'sub') });
    const err = await writer.saveNotice(fakeNotice()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('cannot-open');
    expect((err as Error).message).not.toContain('\n');
    await writer.close();
  });

  it('writes each host WARC record as its own gzip member, in order', async () => {
    const dir = tempDir();
    const store = open(join(dir, 'k.db'));
    const writer = openCrawlWriter(store);
    const warc = writer.warc(join(dir, 'warc'), 'www.most.gov.cn', 'kjwatch/test');
    const response = (n: number) => ({
      url: `https://www.most.gov.cn/${n}.html`,
      finalUrl: `https://www.most.gov.cn/${n}.html`,
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: new TextEncoder().encode(`<p>第${n}页</p>`),
      via: 'http' as const,
      fetchedAt: '2024-01-05T08:00:00.000Z',
    });
    await Promise.all([warc.write(response(1)), warc.write(response(2))]);
    await writer.close();
    const text = gunzipSync(readFileSync(warc.path)).toString('utf8');
    expect(text.match(/WARC-Type: \w+/g)).toEqual([
      'WARC-Type: warcinfo',
      'WARC-Type: response',
      'WARC-Type: response',
    ]);
    expect(text).toContain('<p>第1页</p>');
    expect(text).toContain('<p>第2页</p>');
  });

  it('gives each response record the digests warcio would compute, and they verify', async () => {
    const dir = tempDir();
    const warc = new WarcWriter(join(dir, 'w.warc.gz'), 'kjwatch/test');
    const body = new TextEncoder().encode('<p>巡视整改</p>');
    const fetched = {
      url: 'https://www.most.gov.cn/a.html',
      finalUrl: 'https://www.most.gov.cn/a.html',
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'a=1\nb=2' },
      body,
      via: 'http' as const,
      fetchedAt: '2024-01-05T08:00:00.000Z',
    };
    await warc.write(fetched);
    const written = gunzipSync(readFileSync(warc.path)).toString('latin1');
    const record = written.slice(written.lastIndexOf('WARC/1.1'));
    const digest = (name: string) => record.match(new RegExp(`${name}: (\\S+)`))?.[1];
    // The block as stored: Content-Length bytes after the WARC header block.
    const headerEnd = record.indexOf('\r\n\r\n') + 4;
    const length = Number(digest('Content-Length'));
    const block = Buffer.from(record.slice(headerEnd, headerEnd + length), 'latin1');
    const sha = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    expect(digest('WARC-Payload-Digest')).toBe(sha(body));
    expect(digest('WARC-Block-Digest')).toBe(sha(block));
    // The same record left to warcio: the same two digests.
    const own = WARCRecord.create(
      {
        url: fetched.finalUrl,
        date: fetched.fetchedAt,
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: [
          ['content-type', 'text/html; charset=utf-8'],
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
          ['content-length', String(body.length)],
        ],
      },
      [body],
    );
    const theirs = Buffer.from(await WARCSerializer.serialize(own)).toString('latin1');
    expect(theirs).toContain(`WARC-Payload-Digest: ${digest('WARC-Payload-Digest')}`);
    expect(theirs).toContain(`WARC-Block-Digest: ${digest('WARC-Block-Digest')}`);
  });

  it('a store with a test clock is written on the calling thread, with that clock', async () => {
    const store = open(join(tempDir(), 'k.db'), { now: () => '2030-01-01T00:00:00.000Z' });
    const writer = openCrawlWriter(store);
    await writer.saveNotice(fakeNotice());
    await writer.close();
    expect(store.getNotice(fakeNotice().id)?.firstSeenAt).toBe('2030-01-01T00:00:00.000Z');
  });
});
