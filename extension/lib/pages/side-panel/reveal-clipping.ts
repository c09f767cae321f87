// "Open on the page": the side panel's half of revealing a clipping. If a tab already shows the
// page, its content script is asked to scroll to the clipping (`clippings:reveal`); otherwise —
// or if no content script answers — the page opens with `#kjwatch-clipping=<id>`, which the
// content script reads once it has re-anchored the page's clippings.
import { browser } from 'wxt/browser';
import type { Clipping } from '../../../../shared/model.ts';
import { pageKey } from '../../background/classify-sender.ts';
import { isRevealAnswer, revealMessage, revealUrl } from '../../protocol/tab-messages.ts';

async function openTabOf(url: string): Promise<{ id: number; windowId?: number } | undefined> {
  // Tab URLs are visible only on hosts kjwatch may run on, which is where clippings come from.
  const tabs = await browser.tabs.query({});
  const tab = tabs.find((t) => t.url !== undefined && pageKey(t.url) === url && t.id !== undefined);
  return tab ? { id: tab.id!, windowId: tab.windowId } : undefined;
}

export async function revealClipping(clipping: Clipping): Promise<void> {
  const tab = await openTabOf(clipping.url).catch(() => undefined);
  if (!tab) {
    await browser.tabs.create({ url: revealUrl(clipping.url, clipping.id) });
    return;
  }
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows?.update(tab.windowId, { focused: true });
  const answer: unknown = await browser.tabs
    .sendMessage(tab.id, revealMessage(clipping.id))
    .catch(() => undefined);
  if (!isRevealAnswer(answer)) {
    // No content script there (the extension was reloaded, or the site switched off): load
    // the page again with the fragment.
    await browser.tabs.update(tab.id, { url: revealUrl(clipping.url, clipping.id) });
  }
}
