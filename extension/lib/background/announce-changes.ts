// After a request changed something, tell the open extension pages (page-events.ts). Worked out
// from the request's type and its answer, so the handlers stay free of messaging.
import { browser } from 'wxt/browser';
import type { Clipping } from '../../../shared/model.ts';
import type { PageEvent } from '../protocol/page-events.ts';

type Value = Record<string, unknown>;

export function changeEvent(message: unknown, answer: unknown): PageEvent | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  const result = answer as { ok?: boolean; value?: Value } | null;
  if (!result?.ok || !result.value || typeof type !== 'string') return undefined;
  const v = result.value;
  const changed = (upserted: unknown, removed: unknown = []): PageEvent => ({
    type: 'event:clippingsChanged',
    upserted: upserted as Clipping[],
    removed: removed as string[],
  });
  switch (type) {
    case 'clippings:save':
    case 'clippings:update':
      return changed([v.clipping]);
    case 'clippings:restore':
    case 'clippings:import':
      return changed(v.clippings);
    case 'clippings:delete':
    case 'clippings:purge':
      return changed([], v.ids);
    case 'clippings:reportAnchoring':
      return { type: 'event:anchorStatesChanged' };
    case 'settings:setLanguage':
      return { type: 'event:settingsChanged', what: 'language' };
    case 'sites:set':
      return { type: 'event:settingsChanged', what: 'sites' };
    case 'rules:replace':
      return { type: 'event:settingsChanged', what: 'rules' };
    default:
      return undefined;
  }
}

export function announceChange(message: unknown, answer: unknown): void {
  const event = changeEvent(message, answer);
  // No page open is the usual case ("Receiving end does not exist"): nothing to tell.
  if (event) browser.runtime.sendMessage(event).catch(() => undefined);
}
