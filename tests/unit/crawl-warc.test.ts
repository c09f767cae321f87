// The crawl's WARC file, read back with warcio: a record for every page and file the site was
// asked for, each body as fetched, digests that verify, and a detail page's record made from the
// same deflated body as its raw page in the store.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { WARCParser } from 'warcio';
import { crawl } from '../../scraper/crawl/crawl.ts';
import { type ReplicaSites, startReplicaSites } from '../../scraper/demo/start-replica-sites.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import { noticeId } from '../../shared/extract/extract-notice.ts';
import { tempDir } from '../support/fake-notice.ts';

let replica: ReplicaSites | undefined;
afterEach(async () => {
  await replica?.close();
  replica = undefined;
});

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

interface Record {
  type: string | null | undefined;
  uri: string | null | undefined;
  payloadDigest: string | null | undefined;
  blockDigest: string | null | undefined;
  /** The block: HTTP status line and headers, then the body. */
  block: Uint8Array;
}

async function readWarc(path: string): Promise<Record[]> {
  const records: Record[] = [];
  // parseHttp off: the block comes back whole, as its digest covers it.
  for await (const r of WARCParser.iterRecords([readFileSync(path)], { parseHttp: false })) {
    records.push({
      type: r.warcType,
      uri: r.warcTargetURI,
      payloadDigest: r.warcHeaders.headers.get('WARC-Payload-Digest'),
      blockDigest: r.warcHeaders.headers.get('WARC-Block-Digest'),
      block: await r.readFully(),
    });
  }
  return records;
}

/** The body after the HTTP header block. */
function bodyOf(block: Uint8Array): Uint8Array {
  const end = Buffer.from(block).indexOf('\r\n\r\n');
  return block.subarray(end + 4);
}

describe("the crawl's WARC file", () => {
  it('keeps every list page, notice and file as fetched; a notice as its raw page is kept', async () => {
    replica = await startReplicaSites({ only: ['suining'] });
    const dir = tempDir();
    const store = openStore(join(dir, 'kjwatch.db'));
    const warcDir = join(dir, 'warc');
    await crawl({ profiles: replica.profiles, store, delayMs: 0, warcDir });
    const asked = replica.sites[0]!.log.entries.filter((e) =>
      ['list', 'detail', 'attachment'].includes(e.kind),
    );
    const origin = replica.sites[0]!.origin;
    const [file, ...others] = readdirSync(warcDir);
    expect(others).toEqual([]);
    const path = join(warcDir, file!);
    // A standard .warc.gz: gzip members one after another, all of it readable by zlib.
    expect(gunzipSync(readFileSync(path)).subarray(0, 8).toString()).toBe('WARC/1.1');
    const records = await readWarc(path);
    expect(records[0]?.type).toBe('warcinfo');
    const responses = records.filter((r) => r.type === 'response');
    expect(responses.map((r) => r.uri).sort()).toEqual(asked.map((e) => origin + e.path).sort());
    for (const r of responses) {
      expect(r.blockDigest).toBe(sha256(r.block));
      expect(r.payloadDigest).toBe(sha256(bodyOf(r.block)));
    }
    const details = asked.filter((e) => e.kind === 'detail');
    expect(details.length).toBeGreaterThan(10);
    expect(asked.some((e) => e.kind === 'attachment')).toBe(true);
    for (const { path: detailPath } of details) {
      const url = origin + detailPath;
      const version = store.getNoticeVersions(noticeId(url))[0]!;
      const raw = store.getRawPage(version.rawPage!)!;
      const record = responses.find((r) => r.uri === url)!;
      expect(Buffer.from(bodyOf(record.block)).equals(Buffer.from(raw.body))).toBe(true);
      expect(record.payloadDigest).toBe(`sha256:${raw.sha256}`);
      expect(sha256(raw.body)).toBe(`sha256:${raw.sha256}`);
    }
    store.close();
  });
});
