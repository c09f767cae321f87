// Traditional→simplified folding of single Han characters, from OpenCC's tables.
// Character-level on purpose: a one-to-one code point map keeps folded offsets trivially
// mappable back to the original text, and rule terms are folded the same way, so a term
// and a page agree even where a phrase table would pick another reading.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

function parseDictionary(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    // Entries list the most common reading first; one reading is enough for folding.
    if (from && to && !map.has(from)) map.set(from, to);
  }
  return map;
}

let table: Map<number, number> | undefined;

function buildTable(): Map<number, number> {
  const ts = parseDictionary(TSCharacters);
  const variants = parseDictionary(TWVariantsRev);
  for (const [from, to] of parseDictionary(HKVariantsRev))
    if (!variants.has(from)) variants.set(from, to);

  const result = new Map<number, number>();
  const put = (from: string, to: string) => {
    const f = from.codePointAt(0);
    const t = to.codePointAt(0);
    // Only single code point to single code point: anything else would break offset maps.
    if (f === undefined || t === undefined || f === t) return;
    if ([...from].length !== 1 || [...to].length !== 1) return;
    result.set(f, t);
  };
  for (const [from, to] of ts) put(from, to);
  // Regional variants (裡 → 裏 → 里) fold only where the standard form has a simplification,
  // and never onto a character that is itself already simplified (么 must stay 么).
  for (const [from, standard] of variants) {
    if (ts.has(from)) continue;
    const simplified = ts.get(standard);
    if (simplified && simplified !== from) put(from, simplified);
  }
  // Chains (A → B where B → C) must collapse so that folding is idempotent.
  for (const [from, to] of result) {
    let end = to;
    for (let hops = 0; hops < 4 && result.has(end); hops++) end = result.get(end)!;
    if (end === from) result.delete(from);
    else result.set(from, end);
  }
  return result;
}

/** The simplified code point for a traditional or regional-variant one, else the same. */
export function foldHan(codePoint: number): number {
  table ??= buildTable();
  return table.get(codePoint) ?? codePoint;
}

/** How many code points the table folds (for tests and diagnostics). */
export function hanFoldTableSize(): number {
  table ??= buildTable();
  return table.size;
}
