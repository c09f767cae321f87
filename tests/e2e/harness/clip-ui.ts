// Clipping on a page, driven the way a user does it: a selection in the page, the toolbar's
// button and the form's fields found by role and accessible name (Playwright looks inside open
// shadow roots), and the result read back from the extension through its own pages' messages.
import type { Page } from 'playwright-core';
import type { AnchorState } from '../../../extension/lib/protocol/anchor-states.ts';
import type { Clipping } from '../../../shared/model.ts';
import { openExtensionPage, sendFromPage } from './extension-pages.ts';
import type { ExtensionSession } from './launch-extension.ts';

/**
 * Selects page text from the start of `from` to the end of `to` (default: `from` itself), each
 * found inside one text node, the second at or after the first — as a mouse drag would.
 */
export async function selectText(page: Page, from: string, to = from): Promise<void> {
  await page.evaluate(
    ([first, last]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = n.textContent ?? '';
        if (!started) {
          const at = data.indexOf(first!);
          if (at < 0) continue;
          range.setStart(n, at);
          started = true;
          const end = data.indexOf(last!, at);
          if (end >= 0) {
            range.setEnd(n, end + last!.length);
            break;
          }
          continue;
        }
        const end = data.indexOf(last!);
        if (end >= 0) {
          range.setEnd(n, end + last!.length);
          break;
        }
      }
      if (!started) throw new Error(`no text node holds ${first}`);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to],
  );
}

/** Fills and saves the form the toolbar (or menu, or shortcut) opened; English labels. */
export async function fillClipForm(
  page: Page,
  { note = '', tags = '', color }: { note?: string; tags?: string; color?: string } = {},
): Promise<void> {
  const form = page.getByRole('dialog', { name: 'Save clipping' });
  await form.getByLabel('Note').fill(note);
  await form.getByLabel('Tags (comma-separated)').fill(tags);
  if (color) await form.getByRole('radio', { name: color }).check();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
}

/** Every clipping, newest first, as the side panel reads them. */
export async function storedClippings(session: ExtensionSession): Promise<Clipping[]> {
  return (await askExtension(session, { type: 'clippings:list' })).clippings as Clipping[];
}

export async function anchorStates(session: ExtensionSession): Promise<AnchorState[]> {
  return (await askExtension(session, { type: 'clippings:anchorStates' })).states as AnchorState[];
}

async function askExtension(session: ExtensionSession, message: unknown) {
  const page = await openExtensionPage(session);
  try {
    const answer = (await sendFromPage(page, message)) as {
      ok: boolean;
      value?: Record<string, unknown>;
      error?: unknown;
    };
    if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
    return answer.value!;
  } finally {
    await page.close();
  }
}

export async function waitForClips(page: Page, timeout = 20_000): Promise<number> {
  await page.waitForSelector('html[data-kjwatch-clips]', { state: 'attached', timeout });
  return Number(await page.getAttribute('html', 'data-kjwatch-clips'));
}

/** The text under each clipping highlight (`kjwatch--clip-<colour>`), by highlight name. */
export function clipHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('kjwatch--clip-'))
        out[name] = Array.from(highlight, (r) => (r as Range).toString());
    });
    return out;
  });
}
