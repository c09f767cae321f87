// Shape checks for the page reports a content script sends about its page: which clippings
// re-anchored (`clippings:reportAnchoring`) and which list links are clipped
// (`clippings:clippedAmong`). Bounded, so a runaway page cannot make the background work hard.
import type { OrphanReason } from '../../../shared/anchor/anchor.ts';
import { ORPHAN_REASONS, type OrphanReport } from './anchor-states.ts';
import { boundedString, extraKeys, isRecord, stringList } from './check-values.ts';
import type { RequestOf } from './requests.ts';

const MAX_IDS = 10_000;
const MAX_ID = 200;
const MAX_URLS = 5_000;
const MAX_URL = 2_000;

function orphanReport(value: unknown): OrphanReport | undefined {
  if (!isRecord(value) || extraKeys(value, ['id', 'reason']).length) return undefined;
  const id = boundedString(value.id, MAX_ID);
  const reason = value.reason as OrphanReason;
  return id && ORPHAN_REASONS.has(reason) ? { id, reason } : undefined;
}

export function parseAnchorReport(
  message: Record<string, unknown>,
): RequestOf<'clippings:reportAnchoring'> | string {
  const type = 'clippings:reportAnchoring';
  const extra = extraKeys(message, ['type', 'anchored', 'orphaned']);
  if (extra.length) return `${type} has unknown fields: ${extra.join(', ')}`;
  const anchored = stringList(message.anchored, MAX_IDS, MAX_ID);
  if (!anchored) return `${type}.anchored must be at most ${MAX_IDS} clipping ids`;
  const raw = message.orphaned;
  if (!Array.isArray(raw) || raw.length > MAX_IDS)
    return `${type}.orphaned must be at most ${MAX_IDS} reports`;
  const orphaned: OrphanReport[] = [];
  for (const item of raw) {
    const report = orphanReport(item);
    if (!report) return `${type}.orphaned holds an item that is not {id, reason}`;
    orphaned.push(report);
  }
  return { type, anchored, orphaned };
}

export function parseClippedAmong(
  message: Record<string, unknown>,
): RequestOf<'clippings:clippedAmong'> | string {
  const type = 'clippings:clippedAmong';
  const extra = extraKeys(message, ['type', 'urls']);
  if (extra.length) return `${type} has unknown fields: ${extra.join(', ')}`;
  const urls = stringList(message.urls, MAX_URLS, MAX_URL);
  return urls ? { type, urls } : `${type}.urls must be at most ${MAX_URLS} links`;
}
