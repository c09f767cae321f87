// Reading notices back: the current version's JSON plus what the store tracks about it.
import type { Database } from 'better-sqlite3';
import type { Notice } from '../../shared/model.ts';
import { compileRules, type RuleMatcher } from '../../shared/rules/rule-matcher.ts';
import { statement } from './statements.ts';
import type { NoticeFilter, NoticeVersion, StoredNotice } from './store-types.ts';

export const CURRENT = `SELECT n.*, v.json FROM notices n
  JOIN notice_versions v ON v.notice_id = n.id AND v.version = n.version`;

export interface CurrentRow {
  seq: number;
  id: string;
  canonical_url: string;
  version: number;
  matches: string;
  repost_of: string | null;
  first_seen_at: string;
  updated_at: string;
  last_seen_at: string;
  json: string;
}

export function toStoredNotice(row: CurrentRow): StoredNotice {
  const notice = JSON.parse(row.json) as Notice;
  const stored: StoredNotice = {
    ...notice,
    matches: JSON.parse(row.matches) as string[],
    canonicalUrl: row.canonical_url,
    version: row.version,
    firstSeenAt: row.first_seen_at,
    updatedAt: row.updated_at,
    lastSeenAt: row.last_seen_at,
  };
  if (row.repost_of) stored.repostOf = row.repost_of;
  return stored;
}

export function getNoticeIn(db: Database, id: string): StoredNotice | undefined {
  const row = statement(db, `${CURRENT} WHERE n.id = ?`).get(id) as CurrentRow | undefined;
  return row && toStoredNotice(row);
}

export function hasNoticeIn(db: Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM notices WHERE id = ?').get(id) !== undefined;
}

interface VersionRow {
  version: number;
  content_hash: string;
  fetched_at: string | null;
  saved_at: string;
  raw_page: string | null;
  json: string;
}

export function getNoticeVersionsIn(db: Database, id: string): NoticeVersion[] {
  const rows = statement(
    db,
    'SELECT * FROM notice_versions WHERE notice_id = ? ORDER BY version',
  ).all(id) as VersionRow[];
  return rows.map((row) => {
    const version: NoticeVersion = {
      version: row.version,
      contentHash: row.content_hash,
      savedAt: row.saved_at,
      notice: JSON.parse(row.json) as Notice,
    };
    if (row.fetched_at !== null) version.fetchedAt = row.fetched_at;
    if (row.raw_page !== null) version.rawPage = row.raw_page;
    return version;
  });
}

/** The rules of today, not the matches recorded at crawl time. */
export function rulesHolding(matcher: RuleMatcher, notice: Notice): string[] {
  return matcher.noticeRules({
    title: notice.title,
    body: notice.bodyText,
    ...(notice.siteId ? { siteId: notice.siteId } : {}),
  });
}

/** site and since as SQL over `notices n`; a notice without a date counts from when first seen. */
export function filterClauses(filter: { site?: string; since?: string }) {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.site) {
    where.push('n.site_id = ?');
    params.push(filter.site);
  }
  if (filter.since) {
    where.push('COALESCE(n.published_at, n.first_seen_at) >= ?');
    params.push(filter.since);
  }
  return { where, params };
}

export function* iterateNoticesIn(db: Database, filter: NoticeFilter = {}) {
  const { where, params } = filterClauses(filter);
  const sql = `${CURRENT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY COALESCE(n.published_at, n.first_seen_at) DESC, n.seq DESC`;
  const matcher = filter.rules ? compileRules(filter.rules) : undefined;
  for (const row of db.prepare(sql).iterate(...params) as IterableIterator<CurrentRow>) {
    const notice = toStoredNotice(row);
    if (matcher) {
      const rules = rulesHolding(matcher, notice);
      if (rules.length === 0) continue;
      notice.matches = rules;
    }
    yield notice;
  }
}
