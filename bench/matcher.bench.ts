// Watch-rule matcher throughput against one case-insensitive regex alternation (the usual
// hand-rolled approach) over the same folded text, in the same run.
import type { WatchRule } from '../shared/model.ts';
import { AhoCorasick } from '../shared/rules/aho-corasick.ts';
import { compileRules } from '../shared/rules/rule-matcher.ts';
import { foldText } from '../shared/text/fold-text.ts';
import { createRandom, printTable, seedTexts, timeMedian } from './bench-utils.ts';

const MB = 1024 * 1024;
const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function corpus(minBytes: number): string {
  const seeds = seedTexts().join('\n');
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    parts.push(seeds);
    bytes += utf8Bytes(seeds);
  }
  return parts.join('\n');
}

/** Terms a researcher might watch: 2–4 character words from the seeds, plus some absent ones. */
function sampleTerms(count: number, random: () => number): string[] {
  const han =
    seedTexts()
      .join('')
      .match(/[\u4e00-\u9fff]{2,}/g) ?? [];
  const terms = new Set<string>();
  while (terms.size < count) {
    if (random() < 0.2) {
      const a = 0x4e00 + Math.floor(random() * 0x5000);
      terms.add(String.fromCharCode(a, a + 1 + Math.floor(random() * 50)));
      continue;
    }
    const run = han[Math.floor(random() * han.length)]!;
    const len = 2 + Math.floor(random() * 3);
    if (run.length < len) continue;
    const at = Math.floor(random() * (run.length - len + 1));
    terms.add(run.slice(at, at + len));
  }
  return [...terms];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rulesOf(terms: string[]): WatchRule[] {
  const rules: WatchRule[] = [];
  for (let i = 0; i < terms.length; i += 5)
    rules.push({ id: `r${i / 5}`, any: terms.slice(i, i + 5) });
  return rules;
}

export async function run(): Promise<void> {
  const text = corpus(10 * MB);
  const mb = utf8Bytes(text) / MB;
  const folded = foldText(text).text;
  const foldedUnits = foldText(text).units;
  console.log(
    `\nmatcher corpus: ${mb.toFixed(1)} MB UTF-8 (${text.length.toLocaleString()} UTF-16 units) from the seeds`,
  );

  const rows: Record<string, string | number>[] = [];
  for (const n of [10, 100, 1000]) {
    const terms = sampleTerms(n, createRandom(n));
    const matcher = compileRules(rulesOf(terms));
    const foldedTerms = [...new Set(terms.map((t) => foldText(t).text))];
    let spans = 0;
    const full = timeMedian(3, () => {
      spans = matcher.matchText(text).spans.length;
    });
    const rulesOnly = timeMedian(3, () => matcher.matchingRules(text));
    const automaton = new AhoCorasick(foldedTerms);
    let scanned = 0;
    const scanOnly = timeMedian(3, () => {
      scanned = 0;
      automaton.scan(foldedUnits, () => {
        scanned++;
      });
    });
    const regex = new RegExp(foldedTerms.map(escapeRegex).join('|'), 'giu');
    let regexHits = 0;
    const baseline = timeMedian(3, () => {
      regexHits = 0;
      regex.lastIndex = 0;
      while (regex.exec(folded)) regexHits++;
    });
    rows.push({
      terms: n,
      'matchText MB/s (fold+scan+spans)': mb / (full / 1000),
      'matchingRules MB/s (fold+scan)': mb / (rulesOnly / 1000),
      'automaton MB/s (scan only)': mb / (scanOnly / 1000),
      'regex baseline MB/s': mb / (baseline / 1000),
      'matchText ÷ baseline': baseline / full,
      'matchingRules ÷ baseline': baseline / rulesOnly,
      'scan ÷ baseline': baseline / scanOnly,
      occurrences: scanned,
      'regex hits (no overlaps)': regexHits,
      spans,
    });
  }
  printTable('Watch-rule matcher vs one case-insensitive regex alternation (median of 3)', rows);

  const terms = sampleTerms(1000, createRandom(1000));
  const rules = rulesOf(terms);
  const compile = timeMedian(9, () => compileRules(rules));
  const matcher = compileRules(rules);
  const linear: Record<string, string | number>[] = [];
  for (const fraction of [0.25, 0.5, 1]) {
    const slice = text.slice(0, Math.floor(text.length * fraction));
    const sliceMb = utf8Bytes(slice) / MB;
    const t = timeMedian(3, () => matcher.matchText(slice));
    linear.push({ 'text MB': sliceMb, 'time ms': t, 'ms per MB': t / sliceMb });
  }
  printTable('Growth with text length, 1,000 terms (linear: ms per MB stays flat)', linear);
  console.log(
    `\ncompile 1,000 terms (${rules.length} rules): ${compile.toFixed(2)} ms (median of 9)`,
  );
}
