// The derived rows that make a notice findable: the folded full-text row (search) and its
// MinHash bands (repost detection). Written in the same transaction as the notice itself.
import type { Database } from 'better-sqlite3';
import type { Notice } from '../../shared/model.ts';
import { comparableBody } from '../../shared/notice/content-hash.ts';
import { lshBands, shingles, textMinHash } from '../../shared/notice/near-duplicate.ts';
import { foldText } from '../../shared/text/fold-text.ts';
import { statement } from './statements.ts';

const fold = (text: string | undefined) => foldText(text ?? '').text;

/**
 * Folded text, so that a trigram MATCH or LIKE on it behaves like the rule matcher. `replace`:
 * the notice may have a row already (a new notice's seq has none: a deleted notice's rows go
 * with it, by trigger).
 */
export function writeSearchRow(
  db: Database,
  seq: number | bigint,
  notice: Notice,
  replace = true,
): void {
  if (replace) statement(db, 'DELETE FROM notice_fts WHERE rowid = ?').run(seq);
  statement(
    db,
    'INSERT INTO notice_fts (rowid, title, body, publisher, document_number) VALUES (?, ?, ?, ?, ?)',
  ).run(
    seq,
    fold(notice.title),
    fold(notice.bodyText),
    fold(notice.publisher),
    fold(notice.documentNumber),
  );
}

interface BodySignature {
  bands: number[];
  /** The shingle set, built only when a candidate repost has to be compared exactly. */
  set(): ReadonlySet<number>;
}

// One-entry memo: a save writes a body's bands and then looks for reposts with the same shingles
// and bands; MinHash over every shingle is the costly part of a save. Callers must not mutate.
let lastSignature: (BodySignature & { body: string }) | undefined;

/** A comparable body's LSH bands, and its shingles on demand. */
export function bodySignature(body: string): BodySignature {
  if (lastSignature?.body !== body) {
    let set: ReadonlySet<number> | undefined;
    lastSignature = {
      body,
      bands: lshBands(textMinHash(body)),
      set: () => {
        set ??= shingles(body);
        return set;
      },
    };
  }
  return lastSignature;
}

/** Bodies shorter than this are too generic (详见附件) to call one a copy of another. */
export const MIN_REPOST_BODY = 80;

/** A band's row key in repost_bands (schema v4): the band number above its unsigned hash. */
export function bandKey(band: number, hash: number): number {
  return band * 2 ** 32 + (hash >>> 0);
}

/** The notice's repost bands (`replace`: as for writeSearchRow). */
export function writeRepostBands(
  db: Database,
  seq: number | bigint,
  bodyText: string,
  replace: boolean,
): void {
  if (replace) statement(db, 'DELETE FROM repost_bands WHERE seq = ?').run(seq);
  const body = comparableBody(bodyText);
  if (body.length < MIN_REPOST_BODY) return;
  // One statement for all bands: a row at a time was most of this function's time.
  const bands = bodySignature(body).bands;
  statement(
    db,
    `INSERT OR IGNORE INTO repost_bands VALUES ${bands.map(() => '(?, ?)').join(', ')}`,
  ).run(bands.flatMap((hash, band) => [bandKey(band, hash), seq]));
}

/** Every stored notice's current version, for back-filling derived rows in a migration. */
export function* currentNotices(db: Database): Generator<{ seq: number; notice: Notice }> {
  const rows = db
    .prepare(
      `SELECT n.seq, v.json FROM notices n
       JOIN notice_versions v ON v.notice_id = n.id AND v.version = n.version`,
    )
    .all() as { seq: number; json: string }[];
  for (const row of rows) yield { seq: row.seq, notice: JSON.parse(row.json) as Notice };
}
