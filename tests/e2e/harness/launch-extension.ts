// Starts Chromium with the built extension, as /work/shared/NOTES.md says it loads here: a
// persistent context, headless=new, Playwright's own --disable-extensions dropped. The built-in
// sites' host names resolve to the local site server, everything else to nowhere, and
// Chromium's background networking is off: the tests never touch the internet.
import { existsSync } from 'node:fs';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { builtInHostKeys } from '../../../extension/lib/sites/site-hosts.ts';
import { findChromium } from '../../../scripts/find-chromium.js';
import { EXTENSION_DIR } from './paths.ts';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker. */
  worker: Worker;
  close(): Promise<void>;
}

/** Built-in sites' hosts, and `extraHosts` (sites a test adds), all served on `port`. */
export function hostResolverRules(port: number, extraHosts: readonly string[] = []): string {
  const hosts = [...builtInHostKeys(), ...extraHosts].flatMap((h) => [h, `www.${h}`]);
  const maps = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND'].join(', ');
}

export async function launchExtension(
  port: number,
  dir = EXTENSION_DIR,
  extraHosts: readonly string[] = [],
): Promise<ExtensionSession> {
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(
      `no built extension in ${dir}: run \`npx wxt build\` (the e2e global setup does)`,
    );
  }
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('no Chromium found: set KJWATCH_CHROMIUM or run npm run setup');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      `--host-resolver-rules=${hostResolverRules(port, extraHosts)}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The local copies are plain http; do not try https first.
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}
