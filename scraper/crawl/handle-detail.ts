// A detail page: extract, match, save with the raw page as evidence (nothing counts as saved
// before its commit, so a kill at any point loses nothing that was saved), then queue its
// attachments. Extraction (mostly) and the save run on the crawl's writer thread, while this
// thread fetches the host's other pages: the handler hands the page over and returns, and the
// rest follows when the writer answers.
import type { BasicCrawlingContext } from '@crawlee/basic';
import { noticeId } from '../../shared/extract/extract-notice.ts';
import type { Notice } from '../../shared/model.ts';
import type { FetchedResponse } from '../fetch/fetched-response.ts';
import { StoreError } from '../store/store-error.ts';
import type { SaveResult } from '../store/store-types.ts';
import { attachmentRequest, type DetailData } from './crawl-requests.ts';
import { enqueue, fetchFor, type HostRun, keepRecord, pageDone, siteOf } from './host-run.ts';
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

/**
 * What a failed request would have recorded, for a page whose notice could not be extracted or
 * saved; a store failure stops the host (crawl-routes.ts).
 */
function detailFailed(
  run: HostRun,
  { siteId, url, via }: Pick<Saving, 'siteId' | 'url' | 'via'>,
  err: unknown,
): void {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof StoreError) {
    run.storeFailure ??= message;
  } else {
    siteOf(run, siteId).tally.fail(message);
    run.emit({ type: 'error', siteId, url, kind: 'detail', message, willRetry: false });
  }
  pageDone(run, siteId, url, 'detail', via);
}

/** A page that fails before its save: recorded as failed, its WARC record kept on its own. */
async function unsaved(
  run: HostRun,
  siteId: string,
  page: FetchedResponse,
  err: unknown,
): Promise<void> {
  detailFailed(run, { siteId, url: page.url, via: page.via }, err);
  // No save to hand the record over with.
  await keepRecord(run, page).catch(() => {});
}

export async function handleDetailPage(
  run: HostRun,
  ctx: BasicCrawlingContext<DetailData>,
): Promise<void> {
  const { siteId, title, publishedAt } = ctx.request.userData;
  const { profile, tally } = siteOf(run, siteId);
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
  // Extracted on the writer thread (here, when it has pages waiting: writer-thread.ts) while
  // this slot fetches the host's next page.
  const handled = run.writer.extractNotice(page, profile, listed).then(
    (notice) => save(run, siteId, page, notice),
    (err: unknown) => unsaved(run, siteId, page, err),
  );
  await run.saves.add(id, handled);
}

async function save(
  run: HostRun,
  siteId: string,
  page: FetchedResponse,
  notice: Notice,
): Promise<void> {
  const { resume } = siteOf(run, siteId);
  const url = page.url;
  const jobs: AttachmentJob[] = notice.attachments.map((a) => ({
    noticeId: notice.id,
    noticeUrl: url,
    url: a.url,
    name: a.name,
  }));
  const alreadyPending = new Set(resume.pendingAttachments().map(jobKey));
  try {
    // On record before the save: a kill between the two still leaves the downloads to do.
    resume.addAttachments(jobs);
  } catch (err) {
    // The resume state cannot be written (full disk…): saving would risk losing the downloads.
    return unsaved(run, siteId, page, err);
  }
  const saving: Saving = { siteId, url, via: page.via, notice, jobs, alreadyPending };
  return run.writer
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
    .catch((err: unknown) => detailFailed(run, saving, err));
}
