// Which Chromium the browser path launches: the caller's choice, else KJWATCH_CHROMIUM or the
// first one scripts/find-chromium.js (shared with the set-up script) finds on this machine.
import { BrowserUnavailableError } from './fetch-errors.ts';

interface FindChromiumModule {
  findChromium(): string | undefined;
}

export async function resolveChromium(explicit?: string): Promise<string> {
  if (explicit) return explicit;
  // A computed specifier: the script is plain JS without types, shared with the set-up script.
  const specifier = new URL('../../scripts/find-chromium.js', import.meta.url).href;
  const { findChromium } = (await import(specifier)) as FindChromiumModule;
  const found = findChromium();
  if (!found) {
    throw new BrowserUnavailableError(
      '(browser)',
      'this site needs a browser and no Chromium was found: install chromium or set KJWATCH_CHROMIUM',
    );
  }
  return found;
}

/** Chromium flags for a machine that may have no internet and no sandbox (NOTES.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
