import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../scraper/store/open-store.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { noticeContentHash } from '../../shared/notice/content-hash.ts';
import { fakeClock, fakeNotice, tempDir } from '../support/fake-notice.ts';

let store: Store | undefined;
afterEach(() => store?.close());

function freshStore(): Store {
  store = openStore(join(tempDir(), 'kjwatch.db'), { now: fakeClock() });
  return store;
}

describe('saveNotice', () => {
  it('reports new, then unchanged, then updated, and keeps every version', () => {
    const s = freshStore();
    const v1 = fakeNotice();
    expect(s.hasNotice(v1.id)).toBe(false);
    expect(s.saveNotice(v1)).toBe('new');
    expect(s.saveNotice({ ...v1, fetchedAt: '2024-02-01T00:00:00.000Z' })).toBe('unchanged');
    const v2 = { ...v1, bodyText: `${v1.bodyText}\n三、限期报送整改报告。` };
    expect(s.saveNotice(v2)).toBe('updated');
    expect(s.hasNotice(v1.id)).toBe(true);

    const stored = s.getNotice(v1.id)!;
    expect(stored.version).toBe(2);
    expect(stored.bodyText).toBe(v2.bodyText);
    expect(stored.firstSeenAt < stored.updatedAt).toBe(true);
    expect(stored.lastSeenAt).toBe(stored.updatedAt);

    const versions = s.getNoticeVersions(v1.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]!.notice.bodyText).toBe(v1.bodyText);
    expect(versions[1]!.notice.bodyText).toBe(v2.bodyText);
    expect(versions[0]!.contentHash).not.toBe(versions[1]!.contentHash);
    expect(versions[0]!.fetchedAt).toBe(v1.fetchedAt);
  });

  it.each([
    [
      'whitespace only',
      (n: ReturnType<typeof fakeNotice>) => ({
        ...n,
        bodyText: ` ${n.bodyText.replaceAll('\n', '\n\n')}  `,
      }),
      'unchanged',
    ],
    [
      'the fetch time',
      (n: ReturnType<typeof fakeNotice>) => ({ ...n, fetchedAt: '2030-01-01T00:00:00Z' }),
      'unchanged',
    ],
    [
      'the matched rules',
      (n: ReturnType<typeof fakeNotice>) => ({ ...n, matches: [] }),
      'unchanged',
    ],
    [
      'the title',
      (n: ReturnType<typeof fakeNotice>) => ({ ...n, title: `${n.title}（修订）` }),
      'updated',
    ],
    [
      'the date',
      (n: ReturnType<typeof fakeNotice>) => ({ ...n, publishedAt: '2021-12-07' }),
      'updated',
    ],
    [
      'the 文号',
      (n: ReturnType<typeof fakeNotice>) => ({ ...n, documentNumber: '国科发资〔2021〕2号' }),
      'updated',
    ],
    ['an attachment', (n: ReturnType<typeof fakeNotice>) => ({ ...n, attachments: [] }), 'updated'],
  ])('a second save that changes %s is %s', (_what, change, expected) => {
    const s = freshStore();
    s.saveNotice(fakeNotice());
    expect(s.saveNotice(change(fakeNotice()))).toBe(expected);
  });

  it('records the matches of the latest save even when the content is unchanged', () => {
    const s = freshStore();
    s.saveNotice(fakeNotice({ matches: ['inspection'] }));
    s.saveNotice(fakeNotice({ matches: ['inspection', 'ai'] }));
    expect(s.getNotice('n-most-1')!.matches).toEqual(['inspection', 'ai']);
  });

  it('computes a content hash when the notice has none, and keeps one it has', () => {
    const s = freshStore();
    s.saveNotice(fakeNotice());
    expect(s.getNotice('n-most-1')!.contentHash).toBe(noticeContentHash(fakeNotice()));
    s.saveNotice(fakeNotice({ id: 'other', url: 'https://x.cn/a', contentHash: 'given' }));
    expect(s.getNotice('other')!.contentHash).toBe('given');
  });

  it('returns undefined and [] for a notice it does not hold', () => {
    const s = freshStore();
    expect(s.getNotice('nope')).toBeUndefined();
    expect(s.getNoticeVersions('nope')).toEqual([]);
  });
});

describe('evidence', () => {
  it('keeps the raw page gzip-compressed, once per sha256, linked to the version', () => {
    const s = freshStore();
    const html = `<html><body>${'巡视整改'.repeat(500)}</body></html>`;
    const raw = {
      url: fakeNotice().url,
      fetchedAt: '2024-01-05T08:00:00Z',
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: html,
    };
    s.saveNotice(fakeNotice(), { raw });
    const [version] = s.getNoticeVersions('n-most-1');
    expect(version!.rawPage).toMatch(/^[0-9a-f]{64}$/);
    const page = s.getRawPage(version!.rawPage!)!;
    expect(Buffer.from(page.body).toString('utf8')).toBe(html);
    expect(page).toMatchObject({
      url: raw.url,
      status: 200,
      contentType: raw.contentType,
      size: Buffer.byteLength(html),
    });
    expect(s.saveRawPage(raw)).toBe(version!.rawPage);
    const stored = s.getRawPage(version!.rawPage!)!;
    expect(stored.fetchedAt).toBe(raw.fetchedAt); // the first fetch stays the evidence
    expect(gzipSync(Buffer.from(html)).length).toBeLessThan(Buffer.byteLength(html) / 10);
  });

  it('stores an attachment once by content hash and checks its magic bytes', () => {
    const s = freshStore();
    s.saveNotice(fakeNotice());
    s.saveNotice(
      fakeNotice({ id: 'n2', url: 'https://kjt.sc.gov.cn/a.html', siteId: 'sichuan-gstz' }),
    );
    const pdf = new Uint8Array(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    const first = s.saveAttachment({
      noticeId: 'n-most-1',
      name: '附件1.pdf',
      url: 'https://www.most.gov.cn/P1.pdf',
      mime: 'application/pdf',
      bytes: pdf,
    });
    const again = s.saveAttachment({
      noticeId: 'n2',
      name: '附件.pdf',
      url: 'https://kjt.sc.gov.cn/P9.pdf',
      bytes: pdf,
    });
    expect(first).toMatchObject({
      detectedType: 'pdf',
      typeMismatch: false,
      stored: true,
      size: pdf.length,
    });
    expect(again).toMatchObject({ sha256: first.sha256, stored: false });
    const errorPage = new Uint8Array(Buffer.from('\n<!DOCTYPE html><html><title>404</title>'));
    expect(
      s.saveAttachment({
        noticeId: 'n2',
        name: '申报书.doc',
        url: 'https://kjt.sc.gov.cn/P2.doc',
        bytes: errorPage,
      }),
    ).toMatchObject({ detectedType: 'html', typeMismatch: true });
  });

  it('records crawl runs with their counts and errors', () => {
    const s = freshStore();
    s.recordRun({
      siteId: 'most-tztg',
      startedAt: '2024-01-05T06:00:00Z',
      finishedAt: '2024-01-05T06:01:00Z',
      new: 3,
      updated: 1,
      unchanged: 20,
      failed: 0,
    });
    const id = s.recordRun({
      siteId: 'anhui-tzgg',
      startedAt: '2024-01-05T06:02:00Z',
      new: 0,
      updated: 0,
      unchanged: 0,
      failed: 1,
      error: 'HTTP 521 challenge',
    });
    expect(s.listRuns('anhui-tzgg')).toEqual([
      {
        id,
        siteId: 'anhui-tzgg',
        startedAt: '2024-01-05T06:02:00Z',
        new: 0,
        updated: 0,
        unchanged: 0,
        failed: 1,
        error: 'HTTP 521 challenge',
      },
    ]);
    expect(s.listRuns().map((r) => r.siteId)).toEqual(['most-tztg', 'anhui-tzgg']);
  });
});
