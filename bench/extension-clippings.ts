// Bench (b): the extension with 50,000 clippings in its database — saving one more from a
// content script (its real message path, run in the content script's isolated world through
// CDP), opening the side panel, searching in it, and exporting everything as CSV and JSON.
import type { Page } from 'playwright-core';
import type { Clipping } from '../shared/model.ts';
import type { ExtensionSession } from '../tests/e2e/harness/launch-extension.ts';
import { download, openReadyPage } from '../tests/e2e/harness/library-pages.ts';
import { putClippingsRaw } from '../tests/e2e/harness/stored-data.ts';
import { median } from './bench-utils.ts';

export async function fillDatabase(
  session: ExtensionSession,
  clippings: readonly Clipping[],
): Promise<void> {
  for (let i = 0; i < clippings.length; i += 5_000)
    await putClippingsRaw(session.worker, clippings.slice(i, i + 5_000));
}

/** Median ms of `runs` saves, each a `clippings:save` from the content script of `url`. */
export async function timeSaves(session: ExtensionSession, url: string, runs = 7): Promise<number> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const contexts: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.waitForSelector('html[data-kjwatch-hits]', { state: 'attached', timeout: 60_000 });
  const world = contexts.find((c) => c.origin === `chrome-extension://${session.extensionId}`);
  if (!world) throw new Error('no content script world found on the page');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const expression = `(async () => {
      const quote = '基准测试摘录 ${i}';
      const t0 = performance.now();
      const answer = await chrome.runtime.sendMessage({ type: 'clippings:save', clipping: {
        pageTitle: '基准', quote, note: '', tags: [], color: '#ffd54f',
        selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
                    { type: 'TextPositionSelector', start: 0, end: quote.length }] } });
      if (!answer.ok) throw new Error(JSON.stringify(answer.error));
      return performance.now() - t0;
    })()`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`save failed: ${JSON.stringify(exceptionDetails)}`);
    times.push(result.value as number);
  }
  await page.close();
  return median(times);
}

export interface PanelTimes {
  openMs: number;
  /** The panel's own marks: reading the clippings, building the index, the first render. */
  phases: Record<string, number>;
  searches: { query: string; results: number; ms: number }[];
  csvMs: number;
  csvMb: number;
  jsonMs: number;
  jsonMb: number;
}

/** Typing a query into the side panel: the input handler searches and renders synchronously. */
function timeSearch(panel: Page, query: string) {
  return panel.evaluate((q) => {
    const box = document.getElementById('search') as HTMLInputElement;
    box.value = q;
    const t0 = performance.now();
    box.dispatchEvent(new Event('input'));
    const ms = performance.now() - t0;
    return {
      query: q,
      ms,
      results: Number(/\d+/.exec(document.getElementById('count')!.textContent!)![0]),
    };
  }, query);
}

export async function timeSidePanel(
  session: ExtensionSession,
  queries: readonly string[],
): Promise<PanelTimes> {
  const t0 = performance.now();
  const panel = await openReadyPage(session, 'sidepanel.html');
  const openMs = performance.now() - t0;
  // A string, not a function: tsx would add a helper the page does not have.
  const phases = (await panel.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName('kjwatch:' + name)[0]?.startTime ?? NaN;
    return {
      'page load → panel script': at('panel-start'),
      'read 50,000 clippings': at('clippings-read') - at('panel-start'),
      'fold + index': at('index-built') - at('clippings-read'),
      'first render': at('rendered') - at('index-built'),
    };
  })()`)) as Record<string, number>;

  const searches = [];
  for (const q of queries) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await timeSearch(panel, q));
    searches.push({ ...runs[0]!, ms: median(runs.map((r) => r.ms)) });
  }
  await timeSearch(panel, '');
  const exportAs = async (label: string) => {
    const t = performance.now();
    const file = await download(panel, () =>
      panel.getByRole('button', { name: label, exact: true }).click(),
    );
    return { ms: performance.now() - t, mb: file.bytes.length / 1024 / 1024 };
  };
  const csv = await exportAs('CSV');
  const json = await exportAs('JSON');
  await panel.close();
  return {
    openMs,
    phases,
    searches,
    csvMs: csv.ms,
    csvMb: csv.mb,
    jsonMs: json.ms,
    jsonMb: json.mb,
  };
}
