// `kjwatch demo`: serve the replica sites, crawl them into a fresh store, show what came back
// (summary, rule matches, exports), crawl again to show that an unchanged re-run only reads
// list pages, and optionally keep the sites up for the browser extension. No internet needed.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CrawlOptions, crawl, type SiteSummary } from '../crawl/crawl.ts';
import { loadRulesFile } from '../rules/load-rules-file.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store-types.ts';
import { type ExportedFile, writeDemoExports } from './demo-exports.ts';
import { demoProblems, plantedFailures, storedCounts } from './demo-outcome.ts';
import {
  type Print,
  printExports,
  printMatches,
  printPlanted,
  printRerun,
  printSites,
  printSummary,
} from './demo-report.ts';
import { prepareFreshStore } from './demo-store.ts';
import { countRequests, type RequestCounts } from './request-counts.ts';
import { type ReplicaSites, startReplicaSites } from './start-replica-sites.ts';

export const SAMPLE_RULES = fileURLToPath(new URL('./sample-rules.json', import.meta.url));

export interface DemoOptions {
  /** Where relative paths start (the user's working directory). */
  cwd: string;
  /** Folder for the database and exports (default `kjwatch-demo/`). */
  out?: string;
  /** The database (default `<out>/kjwatch-demo.db`). */
  db?: string;
  /** Keep the replica sites up after the crawl until `stop` resolves. */
  serve?: boolean;
  /** Fixed ports for the replica sites (site i on basePort + i). */
  basePort?: number;
  print: Print;
  /** Progress lines (stderr in the CLI). */
  progress?: Print;
  /** Crawl options for tests and the bench (e.g. a browser path). */
  crawl?: Partial<Omit<CrawlOptions, 'profiles' | 'store' | 'rules'>>;
  /** With `serve`: resolves when the user stops the demo (Ctrl-C). */
  stop?: Promise<void>;
}

export interface DemoRun {
  summaries: SiteSummary[];
  requests: RequestCounts;
}

export interface DemoResult {
  dbPath: string;
  first: DemoRun;
  second: DemoRun;
  exports: ExportedFile[];
  /** Sites that did not finish as `ok`, as `id: status: error` lines. */
  problems: string[];
}

async function crawlOnce(
  replica: ReplicaSites,
  store: Store,
  options: DemoOptions,
  rulesPath: string,
) {
  replica.clearLogs();
  const summaries = await crawl({
    profiles: replica.profiles,
    store,
    rules: loadRulesFile(rulesPath),
    // The replicas are local: no need to wait between requests.
    delayMs: 0,
    concurrency: 2,
    contact: 'kjwatch demo, offline replica sites',
    onEvent: (e) => {
      if (e.type === 'site-done')
        options.progress?.(
          `kjwatch demo: ${e.summary.siteId}: ${e.summary.new} new, ${e.summary.unchanged} unchanged, ${e.summary.status}`,
        );
      if (e.type === 'error' && !e.willRetry)
        options.progress?.(`kjwatch demo: ${e.siteId}: ${e.message}`);
    },
    ...options.crawl,
  });
  return { summaries, requests: countRequests(replica.sites) };
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const { print } = options;
  const outDir = resolve(options.cwd, options.out ?? 'kjwatch-demo');
  const dbPath = options.db ? resolve(options.cwd, options.db) : join(outDir, 'kjwatch-demo.db');
  prepareFreshStore(dbPath, outDir);
  const replica = await startReplicaSites(options.basePort ? { basePort: options.basePort } : {});
  const store = openStore(dbPath);
  try {
    print(
      `kjwatch demo: ${replica.sites.length} replica sites on 127.0.0.1, crawled into ${dbPath}`,
    );
    const first = await crawlOnce(replica, store, options, SAMPLE_RULES);
    printSummary(print, 'First crawl (delay 0 ms between requests)', first.summaries);
    const planted = plantedFailures(replica);
    printPlanted(print, planted);
    const rules = loadRulesFile(SAMPLE_RULES);
    printMatches(print, store, rules, SAMPLE_RULES);
    const exports = await writeDemoExports(store, join(outDir, 'exports'), rules);
    printExports(print, exports);
    const second = await crawlOnce(replica, store, options, SAMPLE_RULES);
    printSummary(print, 'Second crawl, nothing changed on the sites', second.summaries);
    printRerun(print, first.requests, second.requests, second.summaries, storedCounts(store));
    const problems = demoProblems([...first.summaries, ...second.summaries], planted);
    if (options.serve) {
      printSites(print, replica);
      await options.stop;
    }
    return { dbPath, first, second, exports, problems };
  } finally {
    store.close();
    await replica.close();
  }
}
