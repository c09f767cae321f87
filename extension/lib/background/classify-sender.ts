// Who sent a message. Only this extension's own contexts count: an extension page (options,
// side panel; its URL is in the extension's origin) or a content script (in a tab, its URL the
// page's). Anything else — another extension, or a web page (there is no externally_connectable,
// so a page cannot even try) — is nobody.
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Caller =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; pageUrl: string; tabId: number };

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>` (Firefox: `moz-extension://<uuid>`), without a trailing slash. */
  origin: string;
}

export function classifySender(sender: SenderLike, self: ExtensionIdentity): Caller | undefined {
  if (sender.id !== self.id || !sender.url) return undefined;
  // By prefix, not URL.origin: extension schemes have no origin in every URL implementation.
  if (sender.url.startsWith(`${self.origin}/`)) {
    // A page of ours; Chrome also reports the origin, which must agree.
    return sender.origin === undefined || sender.origin === self.origin
      ? { kind: 'extension-page' }
      : undefined;
  }
  if (!sender.tab || typeof sender.tab.id !== 'number') return undefined;
  if (!/^https?:\/\//.test(sender.url)) return undefined;
  return { kind: 'content-script', pageUrl: sender.url, tabId: sender.tab.id };
}

/** The address clippings are filed under: the page URL without its fragment. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
