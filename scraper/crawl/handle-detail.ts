// A detail page: extract, match, save with the raw page as evidence (nothing counts as saved
// before its commit, so a kill at any point loses nothing that was saved), then queue its
// attachments. The save runs on the crawl's writer thread, while this thread parses the host's
// other pages: the handler hands the notice over and returns, and the rest follows when the
// save is answered.
import type { BasicCrawlingContext } from '@crawlee/basic';
import { noticeId } from '../../shared/extract/extract-notice.ts';
import type { Notice } from '../../shared/model.ts';
import { StoreError } from '../store/store-error.ts';
import type { SaveResult } from '../store/store-types.ts';
import { attachmentRequest, type DetailData } from './crawl-requests.ts';
import { enqueue, fetchFor, type HostRun, keepRecord, pageDone, siteOf } from './host-run.ts';
import { noticeFromPage } from './notice-from-page.ts';
import type { AttachmentJob } from './resume-state.ts';

const jobKey = (j: AttachmentJob) => `${j.noticeId} ${j.url}`;

interface Saving {
  siteId: string;
  url: string;
  via: 'http' | 'browser';
  notice: Notice;
  jobs: AttachmentJob[];
  /** Attachments an interrupted run had left to fetch. */
  alreadyPending: Set<string>;
}

async function afterSave(run: HostRun, saving: Saving, result: SaveResult): Promise<void> {
  const { siteId, url, notice, jobs, alreadyPending } = saving;
  const { tally, resume } = siteOf(run, siteId);
  tally.count(notice.id, result);
  run.emit({
    type: 'notice-saved',
    siteId,
    id: notice.id,
    url,
    title: notice.title,
    result,
    matches: notice.matches,
  });
  // An unchanged notice (--refresh) already has its files.
  const toFetch = result === 'unchanged' ? jobs.filter((j) => alreadyPending.has(jobKey(j))) : jobs;
  for (const job of jobs) if (!toFetch.includes(job)) resume.attachmentDone(job);
  await enqueue(
    run,
    siteId,
    toFetch.map((job) => attachmentRequest(job, siteId)),
  );
  pageDone(run, siteId, url, 'detail', saving.via);
}

/** What a failed request would have recorded; a store failure stops the host (crawl-routes.ts). */
function saveFailed(run: HostRun, saving: Saving, err: unknown): void {
  const { siteId, url } = saving;
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof StoreError) {
    run.storeFailure ??= message;
  } else {
    siteOf(run, siteId).tally.fail(message);
    run.emit({ type: 'error', siteId, url, kind: 'detail', message, willRetry: false });
  }
  pageDone(run, siteId, url, 'detail', saving.via);
}

export async function handleDetailPage(
  run: HostRun,
  ctx: BasicCrawlingContext<DetailData>,
): Promise<void> {
  const { siteId, title, publishedAt } = ctx.request.userData;
  const { profile, tally, resume } = siteOf(run, siteId);
  const url = ctx.request.url;
  const id = noticeId(url);
  // Another site of the host listed it and its save is under way: the store answers after it.
  await run.saves.of(id);
  // Saved meanwhile (another profile listed it, or a resumed run): nothing to fetch.
  if (!run.refresh && run.store.hasNotice(id)) {
    tally.count(id, 'unchanged');
    pageDone(run, siteId, url, 'detail', 'store');
    return;
  }
  const mode = profile.fetch ?? 'auto';
  const page = await fetchFor(
    run,
    ctx,
    siteId,
    { url, mode, maxBytes: run.maxPageBytes },
    { recordLater: true },
  );
  const listed = publishedAt ? { title, publishedAt } : { title };
  let notice: Notice;
  try {
    notice = noticeFromPage(page, profile, listed, run.matcher);
  } catch (err) {
    // No save to hand the record over with: it goes on its own.
    await keepRecord(run, page);
    throw err;
  }
  const jobs: AttachmentJob[] = notice.attachments.map((a) => ({
    noticeId: notice.id,
    noticeUrl: url,
    url: a.url,
    name: a.name,
  }));
  // On record before the save: a kill between the two still leaves the downloads to do.
  const alreadyPending = new Set(resume.pendingAttachments().map(jobKey));
  resume.addAttachments(jobs);
  const saving: Saving = { siteId, url, via: page.via, notice, jobs, alreadyPending };
  const saved = run.writer
    .saveNotice(
      notice,
      {
        url: page.finalUrl,
        fetchedAt: page.fetchedAt,
        status: page.status,
        body: page.body,
        ...(page.contentType ? { contentType: page.contentType } : {}),
      },
      run.warc ? { sink: run.warc, response: page } : undefined,
    )
    .then((result) => afterSave(run, saving, result))
    .catch((err: unknown) => saveFailed(run, saving, err));
  await run.saves.add(id, saved);
}
