import type { Command } from 'commander';
import {
  addCrawlOptions,
  type CrawlCliOptions,
  crawlSettingsFrom,
  selectProfiles,
} from '../../crawl/cli-options.ts';
import { crawl } from '../../crawl/crawl.ts';
import { createCrawlProgress } from '../../crawl/crawl-progress.ts';
import { formatFailure, formatSummaryTable } from '../../crawl/summary-table.ts';
import { withStore } from '../store-options.ts';

interface CrawlOpts extends CrawlCliOptions {
  refresh?: boolean;
  json?: boolean;
  warc?: boolean;
}

export function registerCrawl(program: Command): void {
  addCrawlOptions(
    program
      .command('crawl')
      .description('collect new notices from the site profiles into the store'),
  )
    .option(
      '--refresh',
      'refetch notices already stored and keep a new version of those that changed',
    )
    .option(
      '--no-warc',
      'do not write the WARC file of this run (the store keeps raw pages anyway)',
    )
    .option('--json', 'print the per-site summary as JSON')
    .action(async (opts: CrawlOpts) => {
      const profiles = selectProfiles(opts);
      const settings = crawlSettingsFrom(opts);
      if (!settings.contact && !process.env.KJWATCH_CONTACT) {
        process.stderr.write(
          'kjwatch: tip: set --contact or KJWATCH_CONTACT (an email) so site operators can reach you\n',
        );
      }
      // Ctrl-C: finish the requests under way, save them, print the summary; twice: quit now.
      const controller = new AbortController();
      const interrupt = () => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write(
          '\nkjwatch: stopping after the requests under way (Ctrl-C again to quit now)\n',
        );
        controller.abort();
      };
      process.on('SIGINT', interrupt);
      process.on('SIGTERM', interrupt);
      const progress = createCrawlProgress(profiles.map((p) => p.id));
      const summaries = await withStore(opts.db, {}, (store) =>
        crawl({
          ...settings,
          profiles,
          store,
          refresh: opts.refresh ?? false,
          ...(opts.warc === false ? { warcDir: false as const } : {}),
          signal: controller.signal,
          onEvent: (e) => progress.onEvent(e),
        }),
      ).finally(() => progress.stop());
      process.stdout.write(
        opts.json ? `${JSON.stringify(summaries)}\n` : formatSummaryTable(summaries),
      );
      const failed = summaries.filter((s) => s.status !== 'ok');
      for (const s of failed) process.stderr.write(`kjwatch: ${formatFailure(s)}\n`);
      if (controller.signal.aborted) process.exitCode = 130;
      else if (failed.length > 0) process.exitCode = 1;
    });
}
