// Bench (a): how fast the extension marks a 5,000-entry list page for 500 terms, and the
// longest main-thread task meanwhile (from a Chromium trace: the Long Tasks API reports nothing
// in headless Chromium); beside mark.js marking the same terms on the same page in a browser
// without the extension.
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../scripts/find-chromium.js';
import { type ExtensionSession, hostResolverRules } from '../tests/e2e/harness/launch-extension.ts';
import { REPO_ROOT } from '../tests/e2e/harness/paths.ts';
import {
  firstFrameMs,
  longestRendererTask,
  parsedTaskMs,
  startTrace,
  summarizeTasks,
  type TaskSummary,
} from './trace-tasks.ts';

// Runs in the page before its own scripts. It stamps the trace (console.timeStamp) at its start
// and when the hit count appears, and keeps both times in ms since navigation, so trace times
// can be read as page times; and the end of the next frame, which paints what the hit count's
// task changed (the highlights are registered in it): a message posted from an animation-frame
// callback runs once that frame's style, layout and paint are done. It observes the document:
// the parser has not made <html> yet.
const HITS_PROBE = `(() => {
  const probe = (window.__kjwatchProbe = { startAt: performance.now() });
  console.timeStamp('kjwatch-probe-start');
  new MutationObserver((_, observer) => {
    if (!document.documentElement?.hasAttribute('data-kjwatch-hits')) return;
    probe.hitsAt = performance.now();
    console.timeStamp('kjwatch-hits');
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.paintedAt = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-kjwatch-hits'] });
})();`;

interface Probe {
  startAt: number;
  hitsAt: number;
  paintedAt: number;
}

export interface MarkRun extends TaskSummary {
  /**
   * ms since navigation: the page's DOMContentLoaded (kjwatch starts marking then) and load
   * events, the content script's start, the hit count.
   */
  parsedMs: number;
  loadMs: number;
  scriptStartMs: number;
  /** When the page's own DOMContentLoaded task (its layout of the parsed page) ended. */
  parsedTaskEndMs: number;
  hitsMs: number;
  /** When the frame after the hit count had been rendered: everything is on screen. */
  paintedMs: number;
  hits: number;
  markedEntries: number;
}

export async function measureExtension(session: ExtensionSession, url: string): Promise<MarkRun> {
  const page = await session.context.newPage();
  await page.addInitScript(HITS_PROBE);
  const stopTrace = await startTrace(await session.context.newCDPSession(page));
  await page.goto(url, { waitUntil: 'commit' });
  // The probe's flag, checked every 100 ms: waitForSelector would query the page on every
  // animation frame, ~60 ms of main-thread work on this page, counted as kjwatch's.
  await page.waitForFunction('window.__kjwatchProbe?.paintedAt !== undefined', undefined, {
    polling: 100,
    timeout: 120_000,
  });
  await page.waitForTimeout(500); // the style and layout the last marks cause
  const tasks = summarizeTasks(await stopTrace(), `chrome-extension://${session.extensionId}/`);
  // Strings, not functions: tsx would add a helper the page does not have.
  const probe = (await page.evaluate('window.__kjwatchProbe')) as Probe;
  const [parsedMs, loadMs] = (await page.evaluate(
    '(([n]) => [n.domContentLoadedEventEnd, n.loadEventEnd])(performance.getEntriesByType("navigation"))',
  )) as [number, number];
  const run = {
    parsedMs,
    loadMs,
    scriptStartMs: probe.startAt + tasks.scriptStartAfterProbeMs,
    parsedTaskEndMs: probe.startAt + tasks.parsedTaskEndAfterProbeMs,
    hitsMs: probe.hitsAt,
    paintedMs: probe.paintedAt,
    hits: Number(await page.getAttribute('html', 'data-kjwatch-hits')),
    markedEntries: await page.locator('[data-kjwatch-rule]').count(),
    ...tasks,
  };
  await page.close();
  return run;
}

export interface MarkJsRun {
  /** undefined: it did not finish within the cap. mark.js marks in one task: this is it. */
  markMs?: number;
  marks?: number;
  pageLoadLongestMs: number;
  /** The page's DOMContentLoaded task without kjwatch, for the same column of kjwatch's runs. */
  parsedTaskMs: number;
  /** The page's first frame after it, without kjwatch. */
  firstFrameMs: number;
  capMs: number;
}

async function markWithMarkJs(page: Page, terms: readonly string[]) {
  await page.addScriptTag({ path: `${REPO_ROOT}node_modules/mark.js/dist/mark.min.js` });
  // A string, not a function: tsx would add a helper the page does not have.
  return page.evaluate(`(() => {
    const t0 = performance.now();
    // mark.js defaults, except that terms are not split at spaces (Chinese has none anyway).
    new Mark(document.body).mark(${JSON.stringify(terms)}, { separateWordSearch: false });
    return performance.now() - t0;
  })()`) as Promise<number>;
}

/** mark.js in a plain Chromium (no extension), on the same page, stopped after `capMs`. */
export async function measureMarkJs(
  port: number,
  url: string,
  terms: readonly string[],
  capMs = 120_000,
): Promise<MarkJsRun> {
  const browser = await chromium.launch({
    executablePath: findChromium()!,
    args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=${hostResolverRules(port)}`],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const stopTrace = await startTrace(await page.context().newCDPSession(page));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const loadEvents = await stopTrace();
    const pageLoadLongestMs = longestRendererTask(loadEvents);
    const parsedMs = parsedTaskMs(loadEvents);
    const frameMs = firstFrameMs(loadEvents);
    // Closing the browser at the cap ends the evaluation with an error: that is expected.
    const marking = markWithMarkJs(page, terms).catch(() => undefined);
    const capped = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), capMs));
    const markMs = await Promise.race([marking, capped]);
    const page0 = { pageLoadLongestMs, parsedTaskMs: parsedMs, firstFrameMs: frameMs, capMs };
    if (markMs === undefined) return page0;
    const marks = await page.locator('mark[data-markjs]').count();
    return { markMs, marks, ...page0 };
  } finally {
    await browser.close();
  }
}
