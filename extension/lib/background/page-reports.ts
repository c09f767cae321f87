// Answers to what content scripts report about their page: where its clippings were found, and
// which of its list links are clipped. Only clippings filed under the sender's own page can be
// marked, so one page can never mark another page's clippings orphaned.
import type { RequestOf, Responses } from '../protocol/requests.ts';
import type { AnchorOutcome, AnchorStateStore, ClippingStore } from '../storage/stores.ts';

export async function recordAnchoring(
  request: RequestOf<'clippings:reportAnchoring'>,
  url: string,
  clippings: ClippingStore,
  states: AnchorStateStore,
  now = new Date(),
): Promise<Responses['clippings:reportAnchoring']> {
  const own = new Set((await clippings.forUrl(url)).map((c) => c.id));
  const outcomes: AnchorOutcome[] = [];
  // An id reported both ways counts as orphaned: the cautious reading.
  const orphaned = new Set(request.orphaned.map((o) => o.id));
  for (const id of new Set(request.anchored)) {
    if (own.has(id) && !orphaned.has(id)) outcomes.push({ clippingId: id, status: 'anchored' });
  }
  for (const { id, reason } of request.orphaned) {
    if (own.has(id)) outcomes.push({ clippingId: id, status: 'orphaned', reason });
  }
  await states.record(url, outcomes, now);
  return { recorded: outcomes.length };
}

/**
 * A link as clippings may be filed under it: without its fragment, over http and https (the
 * government sites serve both, and a clipping made on one is the same notice).
 */
export function linkVariants(link: string): string[] {
  let u: URL;
  try {
    u = new URL(link);
  } catch {
    return [];
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return [];
  u.hash = '';
  const other = new URL(u.href);
  other.protocol = u.protocol === 'http:' ? 'https:' : 'http:';
  return [u.href, other.href];
}

export async function clippedAmong(
  urls: readonly string[],
  clippings: ClippingStore,
): Promise<Responses['clippings:clippedAmong']> {
  const variants = urls.map(linkVariants);
  const found = new Set(await clippings.clippedUrls([...new Set(variants.flat())]));
  return { urls: urls.filter((_, i) => variants[i]!.some((v) => found.has(v))) };
}
