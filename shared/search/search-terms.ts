// A search query as the store and the snippet builder both read it: folded like the indexed
// text (so 巡視 finds 巡视 and ＡＩ finds AI), split on whitespace into terms that must all occur.
import { foldText } from '../text/fold-text.ts';

/** The trigram index answers terms of at least this many characters; shorter ones need LIKE. */
export const TRIGRAM = 3;

export function parseSearchTerms(query: string): string[] {
  // Split before folding: folding joins Han characters across spaces (巡视 整改 → 巡视整改).
  const terms = query
    .split(/\s+/u)
    .flatMap((word) => foldText(word).text.split(' '))
    .filter((t) => t !== '');
  return [...new Set(terms)];
}

/** Characters, not UTF-16 units: the trigram tokenizer counts code points. */
export function termLength(term: string): number {
  let n = 0;
  for (const _ of term) n++;
  return n;
}
