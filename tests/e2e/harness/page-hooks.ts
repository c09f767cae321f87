// Reading kjwatch's observable hooks on a page (DESIGN.md "DOM hooks"): the hit count on
// <html>, the marks on list entries, and the registered CSS highlights (the registry belongs
// to the document, so the page's own world sees what the content script registered).
import type { Page } from 'playwright-core';

export async function waitForHits(page: Page, timeout = 20_000): Promise<number> {
  await page.waitForSelector('html[data-kjwatch-hits]', { state: 'attached', timeout });
  return Number(await page.getAttribute('html', 'data-kjwatch-hits'));
}

export interface MarkedEntry {
  rules: string[];
  /** The entry's link, without the scheme (the copies are served over http). */
  link: string;
  boxShadow: string;
}

export function markedEntries(page: Page): Promise<MarkedEntry[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-kjwatch-rule]')).map((el) => {
      const a = el instanceof HTMLAnchorElement ? el : el.querySelector('a[href]');
      return {
        rules: (el.getAttribute('data-kjwatch-rule') ?? '').split(' ').filter(Boolean),
        link: (a instanceof HTMLAnchorElement ? a.href : '').replace(/^https?:/, ''),
        boxShadow: getComputedStyle(el).boxShadow,
      };
    }),
  );
}

/** The text of every range of the highlight `kjwatch-<rule id>`, in registration order. */
export function highlightTexts(page: Page, ruleId: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? Array.from(highlight, (r) => (r as Range).toString()) : [];
  }, `kjwatch-${ruleId}`);
}

/** `#ffd54f` → `rgb(255, 213, 79)`, as computed styles write colours. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
