// Full-text search over the folded index. Terms of three or more characters use the trigram
// index (MATCH); shorter ones (most Chinese words are two characters: 巡视, 整改) cannot form a
// trigram and use LIKE on the folded columns instead. All terms must occur.
import type { Database } from 'better-sqlite3';
import { compileRules } from '../../shared/rules/rule-matcher.ts';
import {
  BRACKET_MARK,
  findTermRanges,
  highlightSnippet,
  highlightText,
  type Mark,
} from '../../shared/search/highlight.ts';
import { parseSearchTerms, TRIGRAM, termLength } from '../../shared/search/search-terms.ts';
import {
  CURRENT,
  type CurrentRow,
  filterClauses,
  rulesHolding,
  toStoredNotice,
} from './read-notices.ts';
import type { SearchHit, SearchOptions, StoredNotice } from './store-types.ts';

const FIELDS = ['title', 'body', 'publisher', 'document_number'] as const;

const phrase = (term: string) => `"${term.replaceAll('"', '""')}"`;
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

function searchSql(terms: readonly string[], options: SearchOptions, limited: boolean) {
  const long = terms.filter((t) => termLength(t) >= TRIGRAM);
  const short = terms.filter((t) => termLength(t) < TRIGRAM);
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (long.length) {
    where.push('notice_fts MATCH ?');
    args.push(long.map(phrase).join(' AND '));
  }
  for (const term of short) {
    where.push(`(${FIELDS.map((f) => `notice_fts.${f} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    args.push(...FIELDS.map(() => likePattern(term)));
  }
  const filters = filterClauses(options);
  where.push(...filters.where);
  args.push(...filters.params);
  if (limited) args.push(options.limit ?? 20);
  // A hit in the title weighs most, then the issuer and 文号, then the body.
  const rank = long.length ? 'bm25(notice_fts, 10.0, 1.0, 3.0, 3.0), ' : '';
  const sql = `${CURRENT} JOIN notice_fts ON notice_fts.rowid = n.seq
    WHERE ${where.join(' AND ')}
    ORDER BY ${rank}COALESCE(n.published_at, n.first_seen_at) DESC${limited ? ' LIMIT ?' : ''}`;
  return { sql, args };
}

function toHit(notice: StoredNotice, terms: readonly string[], mark: Mark): SearchHit {
  // The body excerpt; when only the issuer or the 文号 matched, those marked instead.
  const snippet =
    highlightSnippet(notice.bodyText, terms, { mark }) ||
    [notice.publisher, notice.documentNumber]
      .filter((field): field is string => !!field && findTermRanges(field, terms).length > 0)
      .map((field) => highlightText(field, terms, mark))
      .join(' · ');
  const hit: SearchHit = {
    id: notice.id,
    title: notice.title,
    titleHighlighted: highlightText(notice.title, terms, mark),
    url: notice.url,
    snippet,
  };
  for (const key of ['siteId', 'publishedAt', 'publisher', 'documentNumber', 'repostOf'] as const) {
    const value = notice[key];
    if (value !== undefined) hit[key] = value;
  }
  return hit;
}

export function searchNoticesIn(db: Database, query: string, options: SearchOptions = {}) {
  const terms = parseSearchTerms(query);
  if (terms.length === 0) return [];
  const matcher = options.rules ? compileRules(options.rules) : undefined;
  // With rules, hits are re-matched one by one, so the SQL cannot cut the list short.
  const { sql, args } = searchSql(terms, options, !matcher);
  const limit = options.limit ?? 20;
  const mark = options.mark ?? BRACKET_MARK;
  const hits: SearchHit[] = [];
  for (const row of db.prepare(sql).iterate(...args) as IterableIterator<CurrentRow>) {
    const notice = toStoredNotice(row);
    if (matcher && rulesHolding(matcher, notice).length === 0) continue;
    hits.push(toHit(notice, terms, mark));
    if (hits.length >= limit) break;
  }
  return hits;
}
