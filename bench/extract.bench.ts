// Detail-page extraction: speed and body accuracy on every fixture page (the real pages in
// ../shared/fixtures/real and the seed replicas in tests/fixtures/seeds).
//   npx tsx -e "import('./bench/extract.bench.ts').then(m=>m.run())"
// Speed: pages/s for kjwatch (linkedom parse + extractNotice), linkedom alone, cheerio.load
// alone, and @mozilla/readability on jsdom. Accuracy: body text against the golden bodies in
// tests/fixtures/golden/*.body.txt, as bag-of-characters precision/recall/F1 after removing
// whitespace (order-insensitive: it measures what was kept and what was dropped).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { load } from 'cheerio';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../scraper/html/decode-html.ts';
import { parseHtml } from '../scraper/html/parse-html.ts';
import { extractNotice } from '../shared/extract/extract-notice.ts';
import { median } from './bench-utils.ts';

interface Page {
  name: string;
  html: string;
  url: string;
  golden?: string;
}

const root = join(import.meta.dirname, '..');
const goldenDir = join(root, 'tests/fixtures/golden');

function goldenBody(name: string): string | undefined {
  try {
    return readFileSync(join(goldenDir, `${name}.body.txt`), 'utf8');
  } catch {
    return undefined;
  }
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  const add = (file: string, url?: string) => {
    const html = decodeHtml(readFileSync(file));
    const name = file.replace(/^.*\//, '').replace(/\.html$/, '');
    const pageUrl = url ?? /^\s*<!--\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'https://example.org/';
    pages.push({ name, html, url: pageUrl, golden: goldenBody(name) });
  };
  const real = join(root, '../shared/fixtures/real');
  for (const f of readdirSync(join(real, 'most')).filter((f) => f.endsWith('.html'))) {
    const g = JSON.parse(
      readFileSync(join(real, 'most', f.replace(/\.html$/, '.golden.json')), 'utf8'),
    );
    add(join(real, 'most', f), g.url);
  }
  const otherUrls: Record<string, string> = {
    'shanxi-gov-1.html': 'http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml',
    'zj-fgw-1.html': 'http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html',
  };
  for (const [f, url] of Object.entries(otherUrls)) add(join(real, 'other-gov', f), url);
  const seeds = join(root, 'tests/fixtures/seeds');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.html'))) add(join(seeds, f));
  return pages;
}

/** Pages per second, repeating the whole set for at least `minMs`. */
function pagesPerSecond(pages: Page[], fn: (p: Page) => void, minMs: number): number {
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const p of pages) fn(p);
    done += pages.length;
  }
  return (done * 1000) / (performance.now() - start);
}

/**
 * Each contender's median rate over alternating rounds: on a shared machine, load and JIT
 * state drift; alternating spreads the drift over all contenders instead of one.
 */
function measure<K extends string>(pages: Page[], contenders: Record<K, (p: Page) => void>) {
  const names = Object.keys(contenders) as K[];
  const rounds = new Map<K, number[]>(names.map((n) => [n, []]));
  for (const n of names) for (const p of pages) contenders[n](p);
  for (let round = 0; round < 5; round++) {
    for (const n of names) rounds.get(n)!.push(pagesPerSecond(pages, contenders[n], 600));
  }
  return Object.fromEntries(names.map((n) => [n, median(rounds.get(n)!)])) as Record<K, number>;
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function prf(got: string, want: string) {
  const g = bag(got);
  const w = bag(want);
  let common = 0;
  let gotTotal = 0;
  let wantTotal = 0;
  for (const [ch, n] of g) {
    gotTotal += n;
    common += Math.min(n, w.get(ch) ?? 0);
  }
  for (const n of w.values()) wantTotal += n;
  const p = gotTotal ? common / gotTotal : 0;
  const r = wantTotal ? common / wantTotal : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const quiet = new VirtualConsole();

function readability(page: Page): string {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  return new Readability(dom.window.document).parse()?.textContent ?? '';
}

function kjwatch(page: Page): string {
  return extractNotice(parseHtml(page.html), { url: page.url }).bodyText;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

export async function run(): Promise<void> {
  const pages = loadPages();
  const rates = measure(pages, {
    kjwatch,
    linkedom: (p) => parseHTML(p.html),
    cheerio: (p) => load(p.html),
    readability,
  });
  console.log(
    `extract bench: ${pages.length} pages (${pages.filter((p) => p.golden).length} with golden bodies)\n`,
  );
  console.log('speed (median of 5 alternating rounds)  pages/s');
  console.log(`  kjwatch (linkedom + extractNotice) ${fmt(rates.kjwatch)}`);
  console.log(`  linkedom parse alone               ${fmt(rates.linkedom)}`);
  console.log(`  cheerio.load alone                 ${fmt(rates.cheerio)}`);
  console.log(`  @mozilla/readability on jsdom      ${fmt(rates.readability)}`);
  console.log(
    `  kjwatch vs Readability: ${(rates.kjwatch / rates.readability).toFixed(1)}x faster (target >= 5x)`,
  );
  console.log(
    `  kjwatch time / parse time: ${(rates.linkedom / rates.kjwatch).toFixed(2)} (target <= 1.5)\n`,
  );

  console.log('body accuracy: bag-of-characters P/R/F1 after whitespace removal');
  console.log(`  ${'page'.padEnd(42)} kjwatch P/R/F1            Readability P/R/F1`);
  const sums = { k: 0, r: 0 };
  const scored = pages.filter((p): p is Page & { golden: string } => p.golden !== undefined);
  for (const page of scored) {
    const k = prf(kjwatch(page), page.golden);
    const r = prf(readability(page), page.golden);
    sums.k += k.f1;
    sums.r += r.f1;
    const row = (s: typeof k) => `${fmt(s.p, 3)}${fmt(s.r, 3)}${fmt(s.f1, 3)}`;
    console.log(`  ${page.name.padEnd(42)}${row(k)}  ${row(r)}`);
  }
  const mean = (x: number) => (x / scored.length).toFixed(3);
  console.log(
    `  ${'mean F1'.padEnd(42)}${' '.repeat(16)}${mean(sums.k).padStart(8)}  ${' '.repeat(16)}${mean(sums.r).padStart(8)}`,
  );
}
