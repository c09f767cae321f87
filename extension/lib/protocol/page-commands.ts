// Messages the background sends to a tab's content script (the other way from requests.ts):
// the context menu item and the keyboard shortcut ask the page to open the clipping form for
// the current selection. Only the extension can send these (tabs.sendMessage); a page cannot.
export const OPEN_CLIP_FORM = 'clip-form:open';

export interface PageCommand {
  type: typeof OPEN_CLIP_FORM;
}

export function isPageCommand(message: unknown): message is PageCommand {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === OPEN_CLIP_FORM
  );
}
