// Messages to this tab's content script, which only the extension can send (tabs.sendMessage):
// the background's "open the clipping form" (context menu, keyboard shortcut) and the side
// panel's "reveal this clipping", answered with whether it was found.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPageCommand } from '../protocol/page-commands.ts';
import { ok } from '../protocol/results.ts';
import { isRevealMessage, type RevealAnswer } from '../protocol/tab-messages.ts';

export interface TabHandlers {
  openClipForm(): void;
  /** Resolves once the page has been marked (the clipping re-anchored, or not). */
  revealClipping(id: string): Promise<boolean>;
}

export function listenToExtension(ctx: ContentScriptContext, handlers: TabHandlers): void {
  const listener = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (answer: RevealAnswer) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isPageCommand(message)) handlers.openClipForm();
    if (!isRevealMessage(message)) return undefined;
    void handlers.revealClipping(message.id).then((found) => sendResponse(ok({ found })));
    // The answer comes after the page is marked: keep the channel open.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
