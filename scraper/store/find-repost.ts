// Is a notice a copy of one the store already holds? Provinces and cities repost the
// ministry's documents: same 文号 on another site, or the same body under another header.
// The answer is always the first notice of the group, so that a copy of a copy points at the
// original rather than at the intermediate copy.
import type { Database } from 'better-sqlite3';
import { normalizeDocumentNumber } from '../../shared/doc-number/find-document-numbers.ts';
import { hashString } from '../../shared/extract/hash-string.ts';
import type { Notice } from '../../shared/model.ts';
import { comparableBody } from '../../shared/notice/content-hash.ts';
import { jaccard, shingles } from '../../shared/notice/near-duplicate.ts';
import { bandKey, bodySignature, MIN_REPOST_BODY } from './search-index.ts';
import { statement } from './statements.ts';
import type { RepostMatch } from './store-types.ts';

export const REPOST_SIMILARITY = 0.9;
/** Near-duplicate candidates checked exactly per save: enough for any real repost group. */
const MAX_CANDIDATES = 50;
/**
 * Bands a candidate must share to be compared exactly. A body with Jaccard similarity 0.9
 * shares each of the 16 bands with probability 0.9^4 = 0.66, so fewer than 3 in under 2·10⁻⁵
 * of cases (under 10⁻⁸ at 0.95); on the demo's notices, 82% of candidates shared 1 or 2 bands
 * and none of those was a copy, while every copy shared 12 or more. Each exact comparison
 * parses a stored notice and shingles its body: that was most of the save's repost check.
 */
const MIN_SHARED_BANDS = 3;

interface Candidate {
  id: string;
  repost_of: string | null;
}

const root = (c: Candidate) => c.repost_of ?? c.id;

/** Only a 文号 that parses is a join key: placeholder cells such as 无 must not join. */
export function documentNumberKey(documentNumber: string | undefined): string | null {
  return documentNumber ? normalizeDocumentNumber(documentNumber) : null;
}

/**
 * Only notices first seen before this one can be its original (`seq` grows with each new
 * notice): when a stored notice changes, the copies made of it since must not become its source.
 */
function seenBefore(db: Database, id: string): number {
  const own = statement(db, 'SELECT seq FROM notices WHERE id = ?').get(id) as
    | { seq: number }
    | undefined;
  return own?.seq ?? Number.MAX_SAFE_INTEGER;
}

export function findRepost(db: Database, notice: Notice): RepostMatch | undefined {
  const before = seenBefore(db, notice.id);
  const key = documentNumberKey(notice.documentNumber);
  if (key) {
    const same = statement(
      db,
      `SELECT id, repost_of FROM notices
       WHERE document_number_key = ? AND seq < ? AND id != ? AND site_id IS NOT ?
       ORDER BY seq LIMIT 1`,
    ).get(key, before, notice.id, notice.siteId ?? null) as Candidate | undefined;
    if (same) return { id: root(same), reason: 'document-number' };
  }
  const body = comparableBody(notice.bodyText);
  if (body.length < MIN_REPOST_BODY) return undefined;
  const verbatim = statement(
    db,
    `SELECT id, repost_of FROM notices WHERE body_fingerprint = ? AND seq < ? AND id != ?
     ORDER BY seq LIMIT 1`,
  ).get(hashString(body), before, notice.id) as Candidate | undefined;
  if (verbatim) return { id: root(verbatim), reason: 'same-body' };
  return findSimilarBody(db, before, body);
}

function findSimilarBody(db: Database, before: number, body: string): RepostMatch | undefined {
  const { set, bands } = bodySignature(body);
  const keys = bands.map(() => '?').join(', ');
  const candidates = statement(
    db,
    `SELECT n.id, n.repost_of, v.json FROM notices n
     JOIN notice_versions v ON v.notice_id = n.id AND v.version = n.version
     WHERE n.seq IN (
       SELECT seq FROM repost_bands WHERE key IN (${keys}) AND seq < ?
       GROUP BY seq HAVING count(*) >= ${MIN_SHARED_BANDS}
       ORDER BY count(*) DESC LIMIT ${MAX_CANDIDATES})
     ORDER BY n.seq`,
  ).all(...bands.map((hash, band) => bandKey(band, hash)), before) as (Candidate & {
    json: string;
  })[];
  for (const c of candidates) {
    const other = (JSON.parse(c.json) as Notice).bodyText;
    const similarity = jaccard(set(), shingles(comparableBody(other)));
    if (similarity >= REPOST_SIMILARITY) return { id: root(c), reason: 'similar-body', similarity };
  }
  return undefined;
}
