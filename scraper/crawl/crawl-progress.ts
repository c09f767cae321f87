// How a crawl reports progress: bars on a terminal, plain lines in CI, pipes and files.
import type { CrawlEvent } from './crawl-types.ts';
import { createBarProgress } from './progress-bars.ts';
import { createLineProgress } from './progress-lines.ts';

export interface CrawlProgress {
  onEvent(event: CrawlEvent): void;
  stop(): void;
}

export function createCrawlProgress(
  siteIds: readonly string[],
  stream: NodeJS.WriteStream = process.stderr,
): CrawlProgress {
  if (stream.isTTY && !process.env.CI) return createBarProgress(stream, siteIds);
  const onEvent = createLineProgress((line) => stream.write(line));
  return { onEvent, stop: () => {} };
}
