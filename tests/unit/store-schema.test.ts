import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ID,
  migrate,
  SCHEMA_VERSION,
  schemaVersion,
} from '../../scraper/store/migrations/index.ts';
import { SEARCH_AUTOMERGE } from '../../scraper/store/migrations/v5-search-automerge.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import { bandKey } from '../../scraper/store/search-index.ts';
import { StoreError } from '../../scraper/store/store-error.ts';
import type { Notice } from '../../shared/model.ts';
import { comparableBody } from '../../shared/notice/content-hash.ts';
import { lshBands, textMinHash } from '../../shared/notice/near-duplicate.ts';
import { fakeNotice, tempDir } from '../support/fake-notice.ts';

function storeError(open: () => unknown): StoreError {
  try {
    open();
  } catch (err) {
    if (err instanceof StoreError) return err;
    throw err;
  }
  throw new Error('expected a StoreError');
}

const BODY =
  '根据中央巡视工作统一部署，科技部党组对巡视反馈问题逐项整改，建立台账，明确时限，确保整改到位。'.repeat(
    3,
  );

/** A notice as an older kjwatch stored it, written by SQL at that schema; returns its seq. */
function insertNotice(db: Database.Database, notice: Notice): number | bigint {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO notices (id, site_id, url, canonical_url, title, body_fingerprint, content_hash,
       version, first_seen_at, updated_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?, 'fp', 'h1', 1, '2023-01-01', '2023-01-01', '2023-01-01')`,
    )
    .run(notice.id, notice.siteId, notice.url, notice.url, notice.title);
  db.prepare(
    `INSERT INTO notice_versions (notice_id, version, content_hash, saved_at, json)
     VALUES (?, 1, 'h1', '2023-01-01', ?)`,
  ).run(notice.id, JSON.stringify(notice));
  return lastInsertRowid;
}

/** A copy of BODY on another site, which repost detection must link to the stored notice. */
const COPY = fakeNotice({
  id: 'copy',
  siteId: 'x',
  url: 'https://x.cn/1',
  documentNumber: undefined,
  bodyText: `${BODY}（转载）`,
});

describe('schema migrations', () => {
  it('migrates a v1 database and back-fills the search index and repost bands', () => {
    const path = join(tempDir(), 'old.db');
    const old = new Database(path);
    expect(migrate(old, path, 1)).toEqual([1]);
    const notice = fakeNotice({ id: 'v1-notice', title: '院黨組巡視整改', bodyText: BODY });
    insertNotice(old, notice);
    expect(schemaVersion(old)).toBe(1);
    old.close();

    const store = openStore(path);
    try {
      expect(store.search('巡视').map((h) => h.id)).toEqual(['v1-notice']);
      expect(store.getNotice('v1-notice')?.title).toBe('院黨組巡視整改');
      expect(store.findRepostOf(COPY)).toMatchObject({ id: 'v1-notice', reason: 'similar-body' });
    } finally {
      store.close();
    }
    const check = new Database(path);
    // v4 re-keyed v3's bands: 16 per notice, under the notice's seq, and gone with the notice.
    const bandsOf = () =>
      check
        .prepare(
          'SELECT count(*) AS n FROM repost_bands WHERE seq = (SELECT seq FROM notices WHERE id = ?)',
        )
        .get('v1-notice') as { n: number };
    expect(bandsOf().n).toBe(16);
    check.prepare('DELETE FROM notice_versions WHERE notice_id = ?').run('v1-notice');
    check.prepare('DELETE FROM notices WHERE id = ?').run('v1-notice');
    expect(check.prepare('SELECT count(*) AS n FROM repost_bands').get()).toEqual({ n: 0 });
    // v5: the search index's merge setting, kept by FTS5 in its config table.
    expect(check.prepare("SELECT v FROM notice_fts_config WHERE k = 'automerge'").get()).toEqual({
      v: SEARCH_AUTOMERGE,
    });
    expect(schemaVersion(check)).toBe(SCHEMA_VERSION);
    expect(check.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
    check.close();
  });

  it('computes the repost bands of every notice again, from one-permutation signatures (v6)', () => {
    const path = join(tempDir(), 'v5.db');
    const old = new Database(path);
    expect(migrate(old, path, 5)).toEqual([1, 2, 3, 4, 5]);
    const notice = fakeNotice({ id: 'v5-notice', bodyText: BODY });
    const seq = insertNotice(old, notice);
    // Bands of the 64-hash signatures v5 wrote: none of them can meet a new signature's.
    const insertBand = old.prepare('INSERT INTO repost_bands VALUES (?, ?)');
    for (let band = 0; band < 16; band++) insertBand.run(bandKey(band, 12345 + band), seq);
    old.close();

    const store = openStore(path);
    try {
      expect(store.findRepostOf(COPY)).toMatchObject({ id: 'v5-notice', reason: 'similar-body' });
    } finally {
      store.close();
    }
    const check = new Database(path);
    const keys = check
      .prepare('SELECT key FROM repost_bands WHERE seq = ? ORDER BY key')
      .pluck()
      .all(seq);
    const expected = lshBands(textMinHash(comparableBody(BODY))).map((hash, band) =>
      bandKey(band, hash),
    );
    expect(keys).toEqual(expected.sort((a, b) => a - b));
    expect(schemaVersion(check)).toBe(SCHEMA_VERSION);
    check.close();
  });

  it('opens an up-to-date store without applying anything', () => {
    const path = join(tempDir(), 'kjwatch.db');
    openStore(path).close();
    const db = new Database(path);
    expect(migrate(db, path)).toEqual([]);
    db.close();
  });
});

describe('opening refuses what it must not touch', () => {
  it.each([
    ['a text file', 'this is not a database\n', /is not a kjwatch database \(not an SQLite file/],
    ['random bytes', '\u0000\u0001garbage'.repeat(300), /is not a kjwatch database/],
  ])('%s, leaving it unchanged', (_name, content, message) => {
    const path = join(tempDir(), 'bad.db');
    writeFileSync(path, content);
    const err = storeError(() => openStore(path, { mustExist: true }));
    expect(err.kind).toBe('not-a-database');
    expect(err.message).toMatch(message);
    expect(readFileSync(path, 'latin1')).toBe(Buffer.from(content).toString('latin1'));
  });

  it('an SQLite database of another application', () => {
    const path = join(tempDir(), 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE photos (id INTEGER)');
    db.close();
    const before = readFileSync(path);
    expect(storeError(() => openStore(path)).kind).toBe('not-a-database');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a store written by a newer kjwatch', () => {
    const path = join(tempDir(), 'newer.db');
    openStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const err = storeError(() => openStore(path));
    expect(err.kind).toBe('too-new');
    expect(err.message).toMatch(/newer than this kjwatch understands/);
  });

  it('a missing file when it must exist, creating nothing', () => {
    const path = join(tempDir(), 'nested', 'missing.db');
    expect(storeError(() => openStore(path, { mustExist: true })).kind).toBe('missing');
    expect(existsSync(path)).toBe(false);
  });

  it('creates the directory of a new store', () => {
    const path = join(tempDir(), 'a', 'b', 'kjwatch.db');
    openStore(path).close();
    expect(existsSync(path)).toBe(true);
  });
});
