// Helpers shared by the benchmark sections: deterministic inputs and robust timings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The reference material beside the repository (../shared), as CI has it too. */
export const referenceDir = join(import.meta.dirname, '..', '..', 'shared');

export function seedTexts(): string[] {
  const dir = join(referenceDir, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The demo's seeded PRNG (mulberry32): the same inputs on every run and machine. */
export { createRandom } from '../scraper/demo/compose-bodies.ts';

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Median wall time in ms of `runs` calls (after one warm-up call). */
export function timeMedian(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n## ${title}`);
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const cell = (v: string | number) =>
    typeof v === 'number'
      ? Number.isInteger(v) || v >= 100
        ? Math.round(v).toLocaleString('en')
        : v.toFixed(2)
      : v;
  const widths = cols.map((c) =>
    Math.max(c.length, ...rows.map((r) => String(cell(r[c] ?? '')).length)),
  );
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(cols));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => String(cell(r[c] ?? '')))));
}
