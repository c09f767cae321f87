// The host crawler's routes (one handler per request label, as in Crawlee's templates) and
// what happens when a request fails: a retry after an exponentially growing pause, or, once it
// has failed for good, a count in the site's summary.
import {
  type BasicCrawlingContext,
  CriticalError,
  createBasicRouter,
  NonRetryableError,
  type Request,
  type SkippedRequestCallback,
} from '@crawlee/basic';
import { PermanentFetchError, TransientFetchError } from '../fetch/fetch-errors.ts';
import { StoreError } from '../store/store-error.ts';
import type { CrawlRoutes, ListData } from './crawl-requests.ts';
import type { PageKind } from './crawl-types.ts';
import { handleAttachment } from './handle-attachment.ts';
import { handleDetailPage } from './handle-detail.ts';
import { handleListPage } from './handle-list.ts';
import { type HostRun, pageDone, siteOf } from './host-run.ts';
import { retryPause } from './retry-pause.ts';

/** Only network trouble is worth retrying; anything else would fail the same way again. */
async function typed(run: HostRun, work: () => Promise<void>): Promise<void> {
  try {
    // A save that failed in the store after its handler returned stops the host here.
    if (run.storeFailure) throw new StoreError('write-failed', run.storeFailure);
    await work();
  } catch (err) {
    // A full disk or a damaged database fails every save: stop this host's crawl at once.
    if (err instanceof StoreError) throw new CriticalError(err.message);
    if (err instanceof TransientFetchError || err instanceof NonRetryableError) throw err;
    throw new NonRetryableError(err instanceof Error ? err.message : String(err));
  }
}

export function createCrawlRouter(run: HostRun) {
  const router = createBasicRouter<BasicCrawlingContext, CrawlRoutes>();
  router.addHandler('list', (ctx) => typed(run, () => handleListPage(run, ctx)));
  router.addHandler('detail', (ctx) => typed(run, () => handleDetailPage(run, ctx)));
  router.addHandler('attachment', (ctx) => typed(run, () => handleAttachment(run, ctx)));
  return router;
}

const kindOf = (request: Request) => (request.label ?? 'detail') as PageKind;
const siteIdOf = (request: Request) => (request.userData as { siteId: string }).siteId;

function recordFailure(run: HostRun, request: Request, error: Error): void {
  const siteId = siteIdOf(request);
  const { tally, resume } = siteOf(run, siteId);
  const kind = kindOf(request);
  tally.fail(error.message);
  if (kind === 'list') {
    tally.listFailed++;
    if ((request.userData as ListData).pageIndex === 0) {
      const status = error instanceof PermanentFetchError ? error.status : undefined;
      if (status === 404 || status === 410) {
        tally.siteChanged ??= `the start page ${request.url} answers HTTP ${status}: the column moved, update the profile`;
      }
      tally.startFailure ??= error.message;
    }
  }
  // A file that can never be fetched is dropped; one that failed for now stays for the next run.
  if (kind === 'attachment' && error instanceof NonRetryableError) {
    resume.attachmentDone({
      noticeId: (request.userData as { noticeId: string }).noticeId,
      url: request.url,
    });
  }
  run.emit({
    type: 'error',
    siteId,
    url: request.url,
    kind,
    message: error.message,
    willRetry: false,
  });
  pageDone(run, siteId, request.url, kind, 'http');
}

export function failureHandlers(
  run: HostRun,
  retryBaseMs: number,
  signal: AbortSignal | undefined,
) {
  return {
    errorHandler: async ({ request }: BasicCrawlingContext, error: Error) => {
      const siteId = siteIdOf(request);
      const kind = kindOf(request);
      run.emit({
        type: 'error',
        siteId,
        url: request.url,
        kind,
        message: error.message,
        willRetry: true,
      });
      // retryCount is 0 before the first retry: base, 2×base, 4×base…
      await retryPause(retryBaseMs, request.retryCount, signal);
    },
    failedRequestHandler: async ({ request }: BasicCrawlingContext, error: Error) => {
      recordFailure(run, request, error);
    },
    onSkippedRequest: (async ({ url, reason }) => {
      if (reason !== 'robotsTxt') return;
      const siteId = run.owners.get(url);
      const site = siteId ? run.sites.get(siteId) : undefined;
      if (!site) return;
      site.tally.skipped++;
      if (site.profile.start.includes(url)) {
        site.tally.startFailure ??= `robots.txt disallows the start page ${url}`;
      }
    }) satisfies SkippedRequestCallback,
  };
}
