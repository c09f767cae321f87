// `kjwatch schedule`: each profile on its own cron job (croner), so one site is never crawled
// twice at once (croner's `protect` skips a run while the last is still going, and we log it).
// Stopping (SIGINT/SIGTERM) ends the jobs, lets running crawls finish the requests under way,
// and resolves once they have saved what they fetched.
import { Cron } from 'croner';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import type { Store } from '../store/store-types.ts';
import { crawl } from './crawl.ts';
import type { CrawlOptions } from './crawl-types.ts';
import { createLineProgress } from './progress-lines.ts';

export interface ScheduleOptions
  extends Omit<CrawlOptions, 'profiles' | 'store' | 'signal' | 'onEvent'> {
  profiles: SiteProfile[];
  store: Store;
  /** Zone the profiles' cron expressions are read in (default Asia/Shanghai, the sites' own). */
  timezone?: string;
  log: (line: string) => void;
  signal: AbortSignal;
}

export async function runSchedule(options: ScheduleOptions): Promise<void> {
  const { profiles, store, log, signal, timezone = 'Asia/Shanghai', ...crawlOptions } = options;
  const stamp = () => `${new Date().toISOString()} `;
  const logLine = (text: string) => log(`${stamp()}${text}`);
  const progress = createLineProgress((line) => log(line.trimEnd()), stamp);
  const running = new Set<Promise<unknown>>();
  const jobs: Cron[] = [];
  for (const profile of profiles) {
    if (!profile.schedule) {
      logLine(`${profile.id}: no schedule in its profile, not run`);
      continue;
    }
    try {
      const job = new Cron(
        profile.schedule,
        {
          name: profile.id,
          timezone,
          protect: () =>
            logLine(`${profile.id}: the previous run is still going, this one is skipped`),
        },
        async () => {
          const run = crawl({
            ...crawlOptions,
            profiles: [profile],
            store,
            signal,
            onEvent: progress,
          });
          running.add(run);
          try {
            await run;
          } catch (err) {
            logLine(
              `${profile.id}: run failed: ${err instanceof Error ? err.message : String(err)}`,
            );
          } finally {
            running.delete(run);
            const next = job.nextRun();
            if (next && !signal.aborted) logLine(`${profile.id}: next run ${next.toISOString()}`);
          }
        },
      );
      jobs.push(job);
      logLine(
        `${profile.id}: scheduled "${profile.schedule}" (${timezone}), first run ${job.nextRun()?.toISOString()}`,
      );
    } catch (err) {
      logLine(`${profile.id}: bad schedule "${profile.schedule}": ${(err as Error).message}`);
    }
  }
  if (jobs.length === 0) return;
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  for (const job of jobs) job.stop();
  logLine(`stopping: waiting for ${running.size} running crawl${running.size === 1 ? '' : 's'}`);
  await Promise.allSettled([...running]);
  logLine('stopped');
}
