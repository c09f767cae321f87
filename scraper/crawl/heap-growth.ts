// V8 lets a thread that mostly allocates grow its heap to about four times what is live before
// it collects in full: its heuristic aims at 97% of the time for the program, not at memory. Once
// saves run on the writer thread, the crawl thread is such a thread (it parses page after page):
// a 10,000-notice crawl kept ~55 MB live and reached ~500 MB resident. Letting the heap grow by
// half of what is live before the next full collection keeps that crawl under 300 MB; measured
// on the replica sites, it costs no throughput. The flag is read at every collection, so setting
// it at run time takes effect.
import { setFlagsFromString } from 'node:v8';

let capped = false;

export function capHeapGrowth(): void {
  if (capped) return;
  capped = true;
  setFlagsFromString('--heap-growing-percent=50');
}
