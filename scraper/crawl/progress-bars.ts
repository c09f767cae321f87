// Progress on a terminal: one cli-progress bar per site with pages done of pages known so far
// (the total grows as list pages reveal notices), final errors and an ETA.
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { CrawlEvent } from './crawl-types.ts';

export interface BarProgress {
  onEvent(event: CrawlEvent): void;
  stop(): void;
}

export function createBarProgress(
  stream: NodeJS.WriteStream,
  siteIds: readonly string[],
): BarProgress {
  const width = Math.max(4, ...siteIds.map((id) => id.length));
  const multibar = new MultiBar(
    {
      stream,
      format: '{site} |{bar}| {value}/{total} pages · {errors} errors · ETA {eta_formatted}{state}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      etaBuffer: 30,
      autopadding: true,
    },
    Presets.shades_classic,
  );
  const bars = new Map<string, { bar: SingleBar; errors: number }>();
  const update = (
    siteId: string,
    payload: Record<string, unknown>,
    done?: number,
    total?: number,
  ) => {
    const entry = bars.get(siteId);
    if (!entry) return;
    if (total !== undefined) entry.bar.setTotal(Math.max(1, total));
    if (done !== undefined) entry.bar.update(done, payload);
    else entry.bar.update(payload);
  };
  return {
    onEvent(event) {
      if (event.type === 'site-start') {
        const bar = multibar.create(1, 0, {
          site: event.siteId.padEnd(width),
          errors: 0,
          state: '',
        });
        bars.set(event.siteId, { bar, errors: 0 });
      } else if (event.type === 'page-done') {
        update(event.siteId, {}, event.done, event.total);
      } else if (event.type === 'error' && !event.willRetry) {
        const entry = bars.get(event.siteId);
        if (entry) update(event.siteId, { errors: ++entry.errors });
      } else if (event.type === 'site-done') {
        const { summary } = event;
        update(summary.siteId, { state: ` · ${summary.status}, ${summary.new} new` });
      }
    },
    stop: () => multibar.stop(),
  };
}
