// Where a Chromium for Playwright is on this machine. Shared by the set-up script and the
// scraper/tests (plain JS so the set-up can run before any dependency is installed).
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const systemPaths = [
  // Debian's /usr/bin/chromium is a shell wrapper; Playwright needs the binary itself.
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function playwrightCache() {
  const dir = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(dir)) return undefined;
  const builds = readdirSync(dir)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort()
    .reverse();
  for (const b of builds) {
    for (const rel of [
      'chrome-linux64/chrome',
      'chrome-linux/chrome',
      'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    ]) {
      const p = join(dir, b, rel);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.KJWATCH_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return systemPaths.find((p) => existsSync(p)) ?? playwrightCache();
}
