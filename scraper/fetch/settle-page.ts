// Waits, after a browser navigation, until the page is the real page: a JS challenge answers with
// a tiny page (412/521) that sets a cookie and reloads, possibly more than once. The main frame's
// document responses are watched and the last one is checked each time one arrives.
import type { Page, Response } from 'playwright-core';
import { TransientFetchError } from './fetch-errors.ts';
import { isJsChallenge } from './js-challenge.ts';

export interface SettledPage {
  response: Response;
  body: Uint8Array;
}

const POLL_MS = 50;

/** Starts watching the main frame's document responses; call before `page.goto`. */
export function watchDocuments(page: Page): { documents: Response[]; stop(): void } {
  const documents: Response[] = [];
  const listener = (response: Response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      documents.push(response);
    }
  };
  page.on('response', listener);
  return { documents, stop: () => page.off('response', listener) };
}

async function bodyOf(response: Response): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await response.body());
  } catch {
    // The document was replaced (the challenge reloaded) before its body could be read.
    return undefined;
  }
}

export async function settlePage(
  page: Page,
  documents: Response[],
  url: string,
  deadline: number,
): Promise<SettledPage> {
  let checked = 0;
  for (;;) {
    if (documents.length > checked) {
      checked = documents.length;
      const response = documents[checked - 1]!;
      const status = response.status();
      const body = await bodyOf(response);
      if (body && !(status >= 300 && status < 400) && !isJsChallenge(status, body)) {
        await page
          .waitForLoadState('load', { timeout: Math.max(1, deadline - Date.now()) })
          .catch(() => undefined);
        // A later navigation may have started meanwhile: only a page that stayed put is final.
        if (documents.length === checked) return { response, body };
      }
    }
    if (Date.now() > deadline) {
      throw new TransientFetchError(url, 'the browser did not get past the JS challenge in time');
    }
    await page.waitForTimeout(POLL_MS);
  }
}
