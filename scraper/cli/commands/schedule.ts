import type { Command } from 'commander';
import {
  addCrawlOptions,
  type CrawlCliOptions,
  crawlSettingsFrom,
  selectProfiles,
} from '../../crawl/cli-options.ts';
import { runSchedule } from '../../crawl/run-schedule.ts';
import { CliError } from '../errors.ts';
import { withStore } from '../store-options.ts';

interface ScheduleOpts extends CrawlCliOptions {
  timezone: string;
}

export function registerSchedule(program: Command): void {
  addCrawlOptions(
    program
      .command('schedule')
      .description(
        'crawl each site on its profile’s cron schedule until stopped (Ctrl-C, SIGTERM)',
      ),
  )
    .option('--timezone <zone>', 'time zone of the profiles’ schedules', 'Asia/Shanghai')
    .action(async (opts: ScheduleOpts) => {
      const profiles = selectProfiles(opts);
      const settings = crawlSettingsFrom(opts);
      try {
        new Intl.DateTimeFormat('en', { timeZone: opts.timezone });
      } catch {
        throw new CliError(
          `--timezone must be an IANA zone such as Asia/Shanghai, not "${opts.timezone}"`,
          2,
        );
      }
      const controller = new AbortController();
      const stop = (signal: string) => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write(
          `kjwatch: ${signal}: finishing the requests under way, then exiting\n`,
        );
        controller.abort();
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
      await withStore(opts.db, {}, (store) =>
        runSchedule({
          ...settings,
          profiles,
          store,
          timezone: opts.timezone,
          signal: controller.signal,
          log: (line) => process.stderr.write(`${line}\n`),
        }),
      );
    });
}
