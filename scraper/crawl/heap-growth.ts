// V8 lets a thread that mostly allocates grow its heap to about four times what is live before
// it collects in full: its heuristic aims at 97% of the time for the program, not at memory. Once
// saves run on the writer thread, the crawl thread is such a thread (it parses page after page):
// a 10,000-notice crawl kept ~55 MB live and reached ~500 MB resident. Letting the heap grow by
// half of what is live before the next full collection keeps it down; measured on the replica
// sites, it costs no throughput. The flag is read at every collection, so setting it at run time
// takes effect.
//
// But only from the first full collection on: until then the limit is V8's first one, sized for
// the machine's memory, and the crawl thread's heap reached 170–195 MB, mostly garbage, before
// its first full collection. That crawl then peaked at 382–423 MB resident; with one full
// collection as the crawl starts (25–35 ms, once per process), at 307–340 MB, as fast.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let capped = false;

/**
 * A full collection now. Node has no gc() without --expose-gc on its command line; with the flag
 * set at run time, V8 gives gc() to contexts made while it is on, so a throwaway context gets it
 * and this one never does.
 */
function collectInFull(): void {
  setFlagsFromString('--expose-gc');
  try {
    (runInNewContext('gc') as () => void)();
  } catch {
    // This V8 exposes no gc() that way: the growth limit applies from V8's own first collection.
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

export function capHeapGrowth(): void {
  if (capped) return;
  capped = true;
  setFlagsFromString('--heap-growing-percent=50');
  collectInFull();
}
