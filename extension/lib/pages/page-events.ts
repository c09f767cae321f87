// Listening, in an extension page, for what the background announces (protocol/page-events.ts).
// The same channel also carries content scripts' requests to the background: those are left
// alone (no answer from here), so the background's answer is the one they get.
import { browser } from 'wxt/browser';
import { isFromBackground, isPageEvent, type PageEvent } from '../protocol/page-events.ts';

export function onPageEvent(handler: (event: PageEvent) => void): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isPageEvent(message) && isFromBackground(sender, browser.runtime.id)) handler(message);
    return undefined;
  });
}
