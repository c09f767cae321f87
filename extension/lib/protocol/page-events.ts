// What the background tells the extension pages after a change, so an open side panel or
// options page stays current without reloading 50,000 clippings: the clippings written or
// removed, or which setting changed. Sent with runtime.sendMessage, which reaches extension
// pages only (never a web page), and accepted only from the background (no tab).
import type { Clipping } from '../../../shared/model.ts';

export type PageEvent =
  | { type: 'event:clippingsChanged'; upserted: Clipping[]; removed: string[] }
  | { type: 'event:settingsChanged'; what: 'language' | 'sites' | 'rules' }
  /** A page was visited and its clippings re-anchored (or orphaned): fetch the states again. */
  | { type: 'event:anchorStatesChanged' };

const TYPES = new Set([
  'event:clippingsChanged',
  'event:settingsChanged',
  'event:anchorStatesChanged',
]);

export function isPageEvent(message: unknown): message is PageEvent {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && TYPES.has(type);
}

/** From the background service worker: this extension, and not from a tab. */
export function isFromBackground(sender: { id?: string; tab?: unknown }, selfId: string): boolean {
  return sender.id === selfId && sender.tab === undefined;
}
