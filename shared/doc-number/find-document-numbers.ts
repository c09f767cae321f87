import { MAX_YEAR, MIN_YEAR } from '../dates/calendar.ts';
import { parseChineseNumeral } from '../dates/chinese-numerals.ts';
import { foldFullWidth } from '../dates/fold-full-width.ts';
import type { DocumentNumber } from './document-number.ts';
import {
  ANNOUNCEMENT_NUMBER,
  BODY_SUFFIX,
  BRACKET_NUMBER,
  ORDER_NUMBER,
} from './document-number-patterns.ts';
import { findIssuerBefore } from './issuer.ts';

export type { DocumentNumber, DocumentNumberKind } from './document-number.ts';

// Abbreviated issuers (国科发资, 遂科技党组) are short; full names on orders are longer
// (中华人民共和国国家发展和改革委员会).
const MAX_BRACKET_ISSUER = 12;
const MAX_BODY_ISSUER = 20;

type Found = Omit<DocumentNumber, 'raw' | 'start' | 'end'> & { issuerStart: number };
type Reader = (m: RegExpExecArray, folded: string) => Found | null;

const plausibleYear = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR;

const readBracket: Reader = (m, folded) => {
  const year = Number(m[1]);
  const serial = Number(m[2]);
  if (!plausibleYear(year) || serial < 1) return null;
  const found = findIssuerBefore(folded, m.index, MAX_BRACKET_ISSUER);
  if (!found) return null;
  const { issuer } = found;
  const normalized = `${issuer}〔${year}〕${serial}号`;
  return { issuer, issuerStart: found.start, year, serial, kind: 'bracket', normalized };
};

const readOrder: Reader = (m, folded) => {
  const written = m[1] ?? '';
  const arabic = /^\d+$/.test(written);
  const serial = arabic ? Number(written) : parseChineseNumeral(written);
  if (serial === null || serial < 1) return null;
  const found = findIssuerBefore(folded, m.index, MAX_BODY_ISSUER);
  if (!found || !BODY_SUFFIX.test(found.issuer)) return null;
  const { issuer } = found;
  const normalized = `${issuer}令第${arabic ? serial : written}号`;
  return { issuer, issuerStart: found.start, serial, kind: 'order', normalized };
};

const readAnnouncement: Reader = (m, folded) => {
  const year = m[1] === undefined ? undefined : Number(m[1]);
  const serial = Number(m[2]);
  if ((year !== undefined && !plausibleYear(year)) || serial < 1) return null;
  const found = findIssuerBefore(folded, m.index, MAX_BODY_ISSUER);
  if (!found || !BODY_SUFFIX.test(found.issuer)) return null;
  const { issuer } = found;
  const normalized = `${issuer}公告${year === undefined ? '' : `${year}年`}第${serial}号`;
  const number: Found = {
    issuer,
    issuerStart: found.start,
    serial,
    kind: 'announcement',
    normalized,
  };
  if (year !== undefined) number.year = year;
  return number;
};

const READERS: ReadonlyArray<[RegExp, Reader]> = [
  [BRACKET_NUMBER, readBracket],
  [ORDER_NUMBER, readOrder],
  [ANNOUNCEMENT_NUMBER, readAnnouncement],
];

/** Every 文号 in running text, in order, non-overlapping; offsets are into `text`. */
export function findDocumentNumbers(text: string): DocumentNumber[] {
  const folded = foldFullWidth(text);
  const candidates: DocumentNumber[] = [];
  for (const [pattern, read] of READERS) {
    for (const m of folded.matchAll(pattern)) {
      const found = read(m, folded);
      if (!found) continue;
      const { issuerStart: start, ...number } = found;
      const end = m.index + m[0].length;
      candidates.push({ ...number, raw: text.slice(start, end), start, end });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const numbers: DocumentNumber[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    numbers.push(c);
    reached = c.end;
  }
  return numbers;
}

/** The number when the whole (trimmed) string is exactly one, as in a 发文字号 cell; else null. */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const leading = text.length - text.trimStart().length;
  const trimmedEnd = text.trimEnd().length;
  const [only, ...rest] = findDocumentNumbers(text);
  if (!only || rest.length > 0) return null;
  return only.start === leading && only.end === trimmedEnd ? only : null;
}

/** The join key of a whole-string 文号 (`金复[2026]220号` → `金复〔2026〕220号`), or null. */
export function normalizeDocumentNumber(text: string): string | null {
  return parseDocumentNumber(text)?.normalized ?? null;
}
