// Talking to the extension the way its own pages do: from chrome-extension://<id>/options.html,
// through the same messages the options page and side panel send. The rules for a test are set
// this way (`rules:replace`), so the tests go through the background's real checks.
import type { Page } from 'playwright-core';
import type { WatchRule } from '../../../shared/model.ts';
import type { ExtensionSession } from './launch-extension.ts';

interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

export async function openExtensionPage(
  session: ExtensionSession,
  path = 'options.html',
): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** Sends a request as an extension page and returns the background's Result. */
export function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(m),
    message,
  );
}

export function rulesFile(rules: readonly WatchRule[]) {
  return { formatName: 'kjwatch-rules', formatVersion: 1, rules };
}

/** Replaces the extension's rules; throws with the background's error when it refuses. */
export async function replaceRules(session: ExtensionSession, rules: readonly WatchRule[]) {
  const page = await openExtensionPage(session);
  try {
    const answer = (await sendFromPage(page, {
      type: 'rules:replace',
      file: rulesFile(rules),
    })) as {
      ok: boolean;
      error?: unknown;
    };
    if (!answer.ok) throw new Error(`rules:replace refused: ${JSON.stringify(answer.error)}`);
  } finally {
    await page.close();
  }
}
