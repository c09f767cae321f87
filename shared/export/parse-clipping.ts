// Checks a stored or imported clipping field by field and copies only the model's fields, so a
// hand-edited or foreign backup cannot put anything else into the database. Every problem of
// an item is listed (path + message), not just the first.
import type { Clipping, TextPositionSelector, TextQuoteSelector } from '../model.ts';

export interface FieldProblem {
  /** `clippings[3].selectors[0].exact` */
  path: string;
  message: string;
}

// Generous bounds, like the content script's drafts: a whole notice may be quoted.
const MAX_TEXT = 100_000;
const MAX_SHORT = 2_000;
const MAX_TAGS = 50;
const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NOTICE_KEYS = ['title', 'publisher', 'publishedAt', 'documentNumber'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isOffset = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

function quoteSelector(v: unknown, at: string, problems: FieldProblem[]) {
  if (!isRecord(v) || v.type !== 'TextQuoteSelector')
    return void problems.push({ path: at, message: 'must be a TextQuoteSelector' });
  const bad = (['exact', 'prefix', 'suffix'] as const).filter((k) => !isText(v[k], MAX_TEXT));
  for (const k of bad) problems.push({ path: `${at}.${k}`, message: 'must be text' });
  if (bad.length) return undefined;
  return {
    type: 'TextQuoteSelector',
    exact: v.exact,
    prefix: v.prefix,
    suffix: v.suffix,
  } as TextQuoteSelector;
}

function positionSelector(v: unknown, at: string, problems: FieldProblem[]) {
  if (!isRecord(v) || v.type !== 'TextPositionSelector')
    return void problems.push({ path: at, message: 'must be a TextPositionSelector' });
  if (!isOffset(v.start) || !isOffset(v.end) || v.end <= v.start)
    return void problems.push({ path: at, message: 'needs whole-number offsets with start < end' });
  return { type: 'TextPositionSelector', start: v.start, end: v.end } as TextPositionSelector;
}

function noticeMeta(v: unknown, at: string, problems: FieldProblem[]) {
  if (!isRecord(v)) return void problems.push({ path: at, message: 'must be an object' });
  const notice: NonNullable<Clipping['notice']> = { title: '' };
  for (const key of NOTICE_KEYS) {
    if (v[key] === undefined) continue;
    if (isText(v[key], MAX_SHORT)) notice[key] = v[key];
    else problems.push({ path: `${at}.${key}`, message: 'must be text' });
  }
  return notice;
}

/** The clipping, or undefined with its problems added to `problems`. Unknown fields are dropped. */
export function parseClipping(
  v: unknown,
  at: string,
  problems: FieldProblem[],
): Clipping | undefined {
  if (!isRecord(v)) return void problems.push({ path: at, message: 'must be a clipping object' });
  const before = problems.length;
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ path: `${at}.${field}`, message });
  };
  need(isText(v.id, MAX_SHORT) && v.id.trim() !== '', 'id', 'must be non-empty text');
  need(
    isText(v.url, MAX_SHORT) && /^https?:\/\/\S+$/.test(v.url),
    'url',
    'must be an http(s) address',
  );
  need(isText(v.pageTitle, MAX_SHORT), 'pageTitle', 'must be text');
  need(isText(v.quote, MAX_TEXT) && v.quote.trim() !== '', 'quote', 'must be non-empty text');
  need(isText(v.note, MAX_TEXT), 'note', 'must be text');
  const tagsOk = Array.isArray(v.tags) && v.tags.length <= MAX_TAGS;
  need(
    tagsOk && (v.tags as unknown[]).every((t) => isText(t, MAX_SHORT)),
    'tags',
    `must be a list of at most ${MAX_TAGS} texts`,
  );
  need(
    typeof v.color === 'string' && COLOR.test(v.color),
    'color',
    'must be a hex colour such as "#ffd54f"',
  );
  need(isTime(v.createdAt), 'createdAt', 'must be an ISO 8601 date-time');
  need(isTime(v.updatedAt), 'updatedAt', 'must be an ISO 8601 date-time');
  const selectors = Array.isArray(v.selectors) ? v.selectors : [];
  need(selectors.length === 2, 'selectors', 'must be [TextQuoteSelector, TextPositionSelector]');
  const tq = quoteSelector(selectors[0], `${at}.selectors[0]`, problems);
  const tp = positionSelector(selectors[1], `${at}.selectors[1]`, problems);
  const notice =
    v.notice === undefined ? undefined : noticeMeta(v.notice, `${at}.notice`, problems);
  if (problems.length > before || !tq || !tp) return undefined;
  const clipping: Clipping = {
    id: v.id as string,
    url: v.url as string,
    pageTitle: v.pageTitle as string,
    quote: v.quote as string,
    selectors: [tq, tp],
    note: v.note as string,
    tags: [...(v.tags as string[])],
    color: v.color as string,
    createdAt: v.createdAt as string,
    updatedAt: v.updatedAt as string,
  };
  if (notice) clipping.notice = notice;
  return clipping;
}
