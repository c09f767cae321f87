// The two ways to clip besides the on-page toolbar: a context menu item on a selection and a
// keyboard shortcut (the manifest's `commands`). Both only ask the tab's content script to
// open its clipping form: the content script reads the selection itself, as a Range in the
// page's text (the menu's `selectionText` is plain text with no place on the page).
// Needs the `contextMenus` permission; without it (or without `commands`) that path is absent.
import { browser } from 'wxt/browser';
import { bilingual } from '../i18n/translate.ts';
import { OPEN_CLIP_FORM, type PageCommand } from '../protocol/page-commands.ts';
import { builtInMatchPatterns } from '../sites/site-hosts.ts';

export const CLIP_MENU_ID = 'kjwatch-save-clipping';
/** The command name in the manifest's `commands`. */
export const CLIP_COMMAND = 'save-clipping';

async function openClipForm(tabId: number | undefined, frameId = 0): Promise<void> {
  if (tabId === undefined) return;
  const command: PageCommand = { type: OPEN_CLIP_FORM };
  try {
    await browser.tabs.sendMessage(tabId, command, { frameId });
  } catch {
    // No kjwatch content script there (a site kjwatch is not on, or a frame): nothing to open.
  }
}

/** Built-in sites and the sites the user granted (added in the options). */
async function menuPatterns(): Promise<string[]> {
  const granted = (await browser.permissions?.getAll?.())?.origins ?? [];
  return [...new Set([...builtInMatchPatterns(), ...granted])];
}

async function createMenu(): Promise<void> {
  const menus = browser.contextMenus;
  await menus.removeAll();
  menus.create(
    {
      id: CLIP_MENU_ID,
      title: bilingual('saveClipping'),
      contexts: ['selection'],
      documentUrlPatterns: await menuPatterns(),
    },
    // Creating can only fail on a bad pattern; the menu is then absent, nothing else breaks.
    () => void browser.runtime.lastError,
  );
}

export function startClipEntryPoints(): void {
  if (browser.contextMenus) {
    // Menu items outlive the service worker; removing first makes every start idempotent.
    void createMenu().catch((e) => console.warn('kjwatch: no context menu', e));
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === CLIP_MENU_ID) void openClipForm(tab?.id, info.frameId);
    });
    browser.permissions?.onAdded?.addListener(() => void createMenu().catch(() => {}));
    browser.permissions?.onRemoved?.addListener(() => void createMenu().catch(() => {}));
  }
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === CLIP_COMMAND) void openClipForm(tab?.id);
  });
}
