// Progress as plain lines on stderr, for CI logs, pipes and `kjwatch schedule`: one line per site
// start, per notice saved (new or changed), per final failure, and per site finished.
import type { CrawlEvent } from './crawl-types.ts';
import { formatSummaryLine } from './summary-table.ts';

export function createLineProgress(
  write: (line: string) => void,
  stamp: () => string = () => '',
): (event: CrawlEvent) => void {
  const line = (text: string) => write(`${stamp()}${text}\n`);
  return (event) => {
    switch (event.type) {
      case 'site-start':
        line(
          `${event.siteId}: crawling ${event.host}${event.resumed ? ' (finishing an interrupted run)' : ''}`,
        );
        break;
      case 'notice-saved':
        if (event.result !== 'unchanged') {
          const matched = event.matches.length > 0 ? ` [${event.matches.join(', ')}]` : '';
          line(`${event.siteId}: ${event.result} ${event.title}${matched}`);
        }
        break;
      case 'error':
        if (!event.willRetry) line(`${event.siteId}: failed ${event.kind} ${event.message}`);
        break;
      case 'site-done':
        line(formatSummaryLine(event.summary));
        break;
      case 'page-done':
        break;
    }
  };
}
