// The crawl caps its heap's growth and collects in full once as it starts, so that the cap is in
// force from the first pages on (heap-growth.ts), without giving the program a gc() of its own.
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { capHeapGrowth } from '../../scraper/crawl/heap-growth.ts';

describe('capping the crawl heap', () => {
  it('collects in full once, and leaves no gc() behind', async () => {
    const majors: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
        const kind = detail?.kind;
        if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.startTime);
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    const before = performance.now();
    capHeapGrowth();
    capHeapGrowth();
    // GC entries are delivered asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(majors.filter((t) => t >= before)).toHaveLength(1);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
