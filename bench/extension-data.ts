// Inputs of the extension bench, the same on every run: a MOST-style list page of 5,000
// entries, 500 watch terms in 100 rules (words from the seed notices plus some that never
// occur), and 50,000 clippings over 2,000 pages.
import type { Clipping, WatchRule } from '../shared/model.ts';
import { createRandom, seedTexts } from './bench-utils.ts';

const hanRuns = () =>
  seedTexts()
    .join('')
    .match(/[\u4e00-\u9fff]{4,}/g) ?? [];

export function benchTerms(count: number, seed = 500): string[] {
  const random = createRandom(seed);
  const runs = hanRuns();
  const terms = new Set<string>();
  while (terms.size < count) {
    if (random() < 0.2) {
      const a = 0x4e00 + Math.floor(random() * 0x5000);
      terms.add(String.fromCharCode(a, a + 1 + Math.floor(random() * 50)));
      continue;
    }
    const run = runs[Math.floor(random() * runs.length)]!;
    const len = 2 + Math.floor(random() * 3);
    const at = Math.floor(random() * (run.length - len + 1));
    terms.add(run.slice(at, at + len));
  }
  return [...terms];
}

export function benchRules(terms: readonly string[]): WatchRule[] {
  const colors = ['#ffd54f', '#90caf9', '#a5d6a7', '#f48fb1', '#ce93d8'];
  const rules: WatchRule[] = [];
  for (let i = 0; i < terms.length; i += 5)
    rules.push({
      id: `r${i / 5}`,
      color: colors[(i / 5) % colors.length]!,
      any: terms.slice(i, i + 5),
    });
  return rules;
}

function titles(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const runs = hanRuns();
  return Array.from({ length: count }, () => {
    const run = runs[Math.floor(random() * runs.length)]!;
    const len = Math.min(run.length, 12 + Math.floor(random() * 20));
    const at = Math.floor(random() * (run.length - len + 1));
    return `关于${run.slice(at, at + len)}的通知`;
  });
}

/** MOST's 通知通告 list template (ul#data_list, the most-tztg profile's selectors). */
export function listPageHtml(entries: number): string {
  const items = titles(entries, 5000).map(
    (title, i) =>
      `<li><a href="./2024${String((i % 12) + 1).padStart(2, '0')}/t2024_${i}.html" target="_blank">${title}</a><span class="w_list_rq">2024年${(i % 12) + 1}月${(i % 28) + 1}日</span></li>`,
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知通告</title></head><body>
<div class="w_list"><ul id="data_list">\n${items.join('\n')}\n</ul></div></body></html>`;
}

const HOSTS = [
  'www.most.gov.cn/tztg',
  'kjt.ah.gov.cn/kjzx/tzgg',
  'www.siom.cas.cn/xwzx/zhxw',
  'kw.beijing.gov.cn/col',
];

export function benchClippings(count: number, pages = 2_000): Clipping[] {
  const random = createRandom(50_000);
  const quotes = titles(4_000, 77);
  const start = Date.UTC(2023, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const page = i % pages;
    const quote = `${quotes[i % quotes.length]!.slice(2, -3)}，第${i}条`;
    const at = new Date(start + i * 600_000).toISOString();
    return {
      id: `bench-${i}`,
      url: `https://${HOSTS[page % HOSTS.length]}/2024/t${page}.html`,
      pageTitle: quotes[page % quotes.length]!,
      quote,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: '各单位：', suffix: '。' },
        { type: 'TextPositionSelector', start: 100, end: 100 + quote.length },
      ],
      note: random() < 0.2 ? `批注 ${i}：需跟进` : '',
      tags: random() < 0.3 ? [['巡视', '经费', '人才', '计划'][i % 4]!] : [],
      color: '#ffd54f',
      createdAt: at,
      updatedAt: at,
    };
  });
}
