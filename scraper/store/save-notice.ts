// Saving a notice: new, updated (a new version; earlier versions stay), or unchanged (same
// content hash; only "last seen" moves). The notice row, its version, its raw page, its
// search row and its repost bands are written in one transaction: all or nothing.
import { canonicalUrl } from '../../shared/extract/canonical-url.ts';
import type { Notice } from '../../shared/model.ts';
import { bodyFingerprint, noticeContentHash } from '../../shared/notice/content-hash.ts';
import { saveRawPageIn } from './evidence.ts';
import { documentNumberKey, findRepost } from './find-repost.ts';
import { writeRepostBands, writeSearchRow } from './search-index.ts';
import { statement } from './statements.ts';
import type { StoreContext } from './store-context.ts';
import { guardWrite } from './store-error.ts';
import type { RawPageInput, SaveResult } from './store-types.ts';

interface ExistingRow {
  seq: number;
  version: number;
  content_hash: string;
  repost_of: string | null;
}

function columns(notice: Notice, contentHash: string) {
  return {
    site_id: notice.siteId ?? null,
    url: notice.url,
    canonical_url: canonicalUrl(notice.url),
    title: notice.title,
    published_at: notice.publishedAt ?? null,
    publisher: notice.publisher ?? null,
    document_number: notice.documentNumber ?? null,
    document_number_key: documentNumberKey(notice.documentNumber),
    body_fingerprint: bodyFingerprint(notice.bodyText),
    content_hash: contentHash,
    matches: JSON.stringify(notice.matches),
  };
}

/**
 * saveNotice's writes, in the transaction the caller holds. A batch of saves that all succeed
 * runs them so, without a savepoint each: savepoints were a sixth of a batch's time.
 */
export function saveNoticeIn(
  ctx: StoreContext,
  input: Notice,
  options: { raw?: RawPageInput } = {},
): SaveResult {
  const { db } = ctx;
  const notice: Notice = { ...input, contentHash: input.contentHash ?? noticeContentHash(input) };
  const values = columns(notice, notice.contentHash!);
  const names = Object.keys(values);
  const now = ctx.now();
  const row = statement(
    db,
    'SELECT seq, version, content_hash, repost_of FROM notices WHERE id = ?',
  ).get(notice.id) as ExistingRow | undefined;
  if (row && row.content_hash === values.content_hash) {
    statement(db, 'UPDATE notices SET last_seen_at = ?, matches = ? WHERE seq = ?').run(
      now,
      values.matches,
      row.seq,
    );
    return 'unchanged' as const;
  }
  const rawPage = options.raw ? saveRawPageIn(db, options.raw) : null;
  let seq: number | bigint;
  const version = row ? row.version + 1 : 1;
  if (row) {
    seq = row.seq;
    statement(
      db,
      `UPDATE notices SET ${names.map((n) => `${n} = @${n}`).join(', ')},
       version = @version, updated_at = @now, last_seen_at = @now WHERE seq = @seq`,
    ).run({ ...values, version, now, seq });
  } else {
    seq = statement(
      db,
      `INSERT INTO notices (id, ${names.join(', ')}, version, first_seen_at, updated_at, last_seen_at)
       VALUES (@id, ${names.map((n) => `@${n}`).join(', ')}, 1, @now, @now, @now)`,
    ).run({ ...values, id: notice.id, now }).lastInsertRowid;
  }
  statement(db, 'INSERT INTO notice_versions VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    notice.id,
    version,
    values.content_hash,
    notice.fetchedAt ?? null,
    now,
    rawPage,
    JSON.stringify(notice),
  );
  const replace = row !== undefined;
  writeSearchRow(db, seq, notice, replace);
  writeRepostBands(db, seq, notice.bodyText, replace);
  if (!row?.repost_of) {
    const repost = findRepost(db, notice);
    if (repost) {
      statement(db, 'UPDATE notices SET repost_of = ? WHERE seq = ?').run(repost.id, seq);
    }
  }
  return row ? ('updated' as const) : ('new' as const);
}

/** Saves one notice, all or nothing (a savepoint inside a caller's transaction). */
export function saveNotice(
  ctx: StoreContext,
  input: Notice,
  options: { raw?: RawPageInput } = {},
): SaveResult {
  const save = () => saveNoticeIn(ctx, input, options);
  return guardWrite(`saving notice ${input.id}`, ctx.path, () =>
    ctx.db.transaction(save).immediate(),
  );
}
