// One Crawlee BasicCrawler per host: its queue, retries, session (cookies) and concurrency are
// that host's alone, so "at most N requests at a time per host" is Crawlee's maxConcurrency, and
// a failing host never stalls another. Two behaviours are adapted in Crawlee's own extension
// points. The same-host delay (`sameDomainDelaySecs`): Crawlee keys it on the registrable domain,
// which an IP address or `localhost` lacks (replica sites would get no delay at all), and enforces
// it by taking each queued request out and handing it back after the delay, which with a long
// queue re-queues every waiting request once per delay and reorders them; here the pool simply
// does not start the next task before the delay has passed. And robots.txt is fetched like any
// request of the host (our User-Agent, proxy, timeout), where Crawlee would send its own.

import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  BasicCrawler,
  type BasicCrawlerOptions,
  type BasicCrawlingContext,
  Configuration,
  log as crawleeLog,
  EventManager,
  Log,
  LogLevel,
  type RequestProvider,
} from '@crawlee/basic';
import type { RobotsTxtFile } from '@crawlee/utils';
import { MemoryRequestQueue } from './memory-request-queue.ts';

export interface HostCrawlerSettings {
  concurrency: number;
  delayMs: number;
  maxRetries: number;
  /** Longest a request may take, fetch + extract + save (Crawlee's handler timeout). */
  handlerTimeoutMs: number;
  /** robots.txt for a URL's origin, or undefined when there is none to obey. */
  loadRobots?: (url: string) => Promise<RobotsTxtFile | undefined>;
  userAgent: string;
  /** Work of the host's handlers still under way after they returned (saves being written). */
  busy?: () => boolean;
}

// Crawlee's own logging stays silent (its queues and pools log through the shared instance):
// progress and errors reach the user as CrawlEvents. KJWATCH_DEBUG=1 lets it through.
const level = process.env.KJWATCH_DEBUG ? LogLevel.DEBUG : LogLevel.OFF;
const quiet = new Log({ level });
crawleeLog.setLevel(level);

export class HostCrawler extends BasicCrawler {
  private lastStart = 0;
  private readonly robots = new Map<string, Promise<RobotsTxtFile | undefined>>();

  constructor(
    options: BasicCrawlerOptions,
    config: Configuration,
    private readonly loadRobots: HostCrawlerSettings['loadRobots'],
  ) {
    super(options, config);
  }

  /**
   * The pause between requests: no task starts until `sameDomainDelaySecs` has passed since the
   * last one started. The pool asks this before every task, one question at a time, so the slot
   * is taken here, race-free even with several requests at a time.
   */
  protected override async _isTaskReadyFunction(): Promise<boolean> {
    const delay = this.sameDomainDelayMillis;
    if (delay > 0 && Date.now() - this.lastStart < delay) return false;
    const ready = await super._isTaskReadyFunction();
    if (ready && delay > 0) this.lastStart = Date.now();
    return ready;
  }

  /** The delay is kept above, before a request leaves the queue: nothing to hand back here. */
  protected override delayRequest(): boolean {
    return false;
  }

  protected override async getRobotsTxtFileForUrl(url: string) {
    if (!this.respectRobotsTxtFile || !this.loadRobots) return undefined;
    const origin = new URL(url).origin;
    let robots = this.robots.get(origin);
    if (!robots) {
      robots = this.loadRobots(url);
      this.robots.set(origin, robots);
    }
    return robots;
  }
}

/**
 * Crawlee's event manager samples CPU and memory every second for autoscaling, spawning `ps` each
 * time; with a fixed pool there is nothing to scale, so only its plain events are kept.
 */
class FixedPoolEvents extends EventManager {}

export async function createHostCrawler(
  settings: HostCrawlerSettings,
  handlers: Pick<
    BasicCrawlerOptions<BasicCrawlingContext>,
    'requestHandler' | 'errorHandler' | 'failedRequestHandler' | 'onSkippedRequest'
  >,
): Promise<HostCrawler> {
  const n = settings.concurrency;
  // The queue is kjwatch's own, in memory. Crawlee still opens a key-value store for its
  // statistics; its storage directory defaults to ./storage in the working directory, and purging
  // on start would empty another project's queues and datasets there: no purge, nothing persisted,
  // and the directory points somewhere that is never written. Resuming is kjwatch's own too
  // (resume-state.ts): Crawlee's statistics and session pool are not saved for a later run.
  const config = new Configuration({
    persistStorage: false,
    purgeOnStart: false,
    storageClientOptions: { localDataDirectory: join(tmpdir(), 'kjwatch-crawlee-unused') },
    // Stated, so the pool does not spawn `ps` to find the machine's memory.
    memoryMbytes: Math.round(totalmem() / 2 ** 20),
  });
  config.useEventManager(new FixedPoolEvents(config));
  const options: BasicCrawlerOptions = {
    ...handlers,
    // Handed over as `requestQueue`: Crawlee 3.18 types a `requestManager` option but its option
    // check rejects it, while a queue is anything with fetchNextRequest and addRequest, and
    // without a request list the crawler uses the queue as its request manager.
    requestQueue: new MemoryRequestQueue(settings.busy) as unknown as RequestProvider,
    // Fixed concurrency: no scaling up past N, and no CPU/memory guesswork scaling below it.
    minConcurrency: n,
    maxConcurrency: n,
    autoscaledPoolOptions: {
      desiredConcurrency: n,
      maybeRunIntervalSecs: 0.02,
      loggingIntervalSecs: null,
    },
    maxRequestRetries: settings.maxRetries,
    sameDomainDelaySecs: settings.delayMs / 1000,
    respectRobotsTxtFile: settings.loadRobots ? { userAgent: settings.userAgent } : false,
    requestHandlerTimeoutSecs: Math.ceil(settings.handlerTimeoutMs / 1000),
    // One session per host: the cookies a browser earned serve every later request.
    useSessionPool: true,
    sessionPoolOptions: {
      persistenceOptions: { enable: false },
      maxPoolSize: 1,
      blockedStatusCodes: [],
      sessionOptions: { maxUsageCount: 1e9, maxAgeSecs: 24 * 3600, maxErrorScore: 20 },
    },
    statisticsOptions: { persistenceOptions: { enable: false } },
    statusMessageLoggingInterval: 24 * 3600,
    log: quiet,
  };
  return new HostCrawler(options, config, settings.loadRobots);
}
