// Checks a clipping proposed by a content script, field by field, and copies only the known
// fields: nothing a page manages to slip into a message reaches the database.
import type { Clipping, TextPositionSelector, TextQuoteSelector } from '../../../shared/model.ts';
import { boundedInteger, boundedString, extraKeys, isRecord, stringList } from './check-values.ts';
import type { ClippingDraft } from './requests.ts';

// Generous limits: a whole notice can be quoted, but a runaway page cannot fill the disk.
const MAX_QUOTE = 100_000;
const MAX_CONTEXT = 1_000;
const MAX_NOTE = 20_000;
const MAX_TITLE = 2_000;
const MAX_TAGS = 50;
const MAX_TAG = 100;
const MAX_OFFSET = 50_000_000;
const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const DRAFT_KEYS = ['pageTitle', 'notice', 'quote', 'selectors', 'note', 'tags', 'color'];
const NOTICE_KEYS = ['title', 'publisher', 'publishedAt', 'documentNumber'] as const;

function quoteSelector(value: unknown): TextQuoteSelector | undefined {
  if (!isRecord(value) || value.type !== 'TextQuoteSelector') return undefined;
  const exact = boundedString(value.exact, MAX_QUOTE);
  const prefix = boundedString(value.prefix, MAX_CONTEXT);
  const suffix = boundedString(value.suffix, MAX_CONTEXT);
  if (!exact || prefix === undefined || suffix === undefined) return undefined;
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

function positionSelector(value: unknown): TextPositionSelector | undefined {
  if (!isRecord(value) || value.type !== 'TextPositionSelector') return undefined;
  const start = boundedInteger(value.start, MAX_OFFSET);
  const end = boundedInteger(value.end, MAX_OFFSET);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { type: 'TextPositionSelector', start, end };
}

function noticeMeta(value: unknown): Clipping['notice'] | undefined | null {
  if (value === undefined) return undefined;
  if (!isRecord(value) || extraKeys(value, NOTICE_KEYS).length) return null;
  const notice: NonNullable<Clipping['notice']> = { title: '' };
  for (const key of NOTICE_KEYS) {
    if (value[key] === undefined) continue;
    const s = boundedString(value[key], MAX_TITLE);
    if (s === undefined) return null;
    notice[key] = s;
  }
  return notice;
}

/** The draft, or a sentence saying which field is wrong. */
export function parseClippingDraft(value: unknown): ClippingDraft | string {
  if (!isRecord(value)) return 'clipping must be an object';
  const extra = extraKeys(value, DRAFT_KEYS);
  if (extra.length) return `clipping has unknown fields: ${extra.join(', ')}`;
  const quote = boundedString(value.quote, MAX_QUOTE);
  if (!quote?.trim()) return 'clipping.quote must be non-empty text';
  const selectors = Array.isArray(value.selectors) ? value.selectors : [];
  const tq = quoteSelector(selectors[0]);
  const tp = positionSelector(selectors[1]);
  if (selectors.length !== 2 || !tq || !tp)
    return 'clipping.selectors must be [TextQuoteSelector, TextPositionSelector]';
  const pageTitle = boundedString(value.pageTitle, MAX_TITLE);
  if (pageTitle === undefined) return 'clipping.pageTitle must be text';
  const note = boundedString(value.note ?? '', MAX_NOTE);
  if (note === undefined) return 'clipping.note must be text';
  const tags = stringList(value.tags ?? [], MAX_TAGS, MAX_TAG);
  if (!tags) return `clipping.tags must be at most ${MAX_TAGS} short texts`;
  const color = boundedString(value.color, 9);
  if (!color || !COLOR.test(color)) return 'clipping.color must be a hex colour such as "#ffd54f"';
  const notice = noticeMeta(value.notice);
  if (notice === null)
    return 'clipping.notice must hold only title, publisher, publishedAt, documentNumber';
  const draft: ClippingDraft = { pageTitle, quote, selectors: [tq, tp], note, tags, color };
  if (notice) draft.notice = notice;
  return draft;
}
