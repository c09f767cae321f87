// A list page: its entries, the details not yet in the store, and whether to read the next page.
// A daily run stops paging at the first page with nothing new, so it costs a request or two per
// site; after an interrupted run (or with --refresh) every page up to the limit is read.
import type { BasicCrawlingContext } from '@crawlee/basic';
import { noticeId } from '../../shared/extract/extract-notice.ts';
import type { ListEntry } from '../../shared/lists/list-entry.ts';
import { detailRequest, type ListData, listRequest } from './crawl-requests.ts';
import { enqueue, fetchFor, type HostRun, pageDone, siteOf } from './host-run.ts';

export async function handleListPage(
  run: HostRun,
  ctx: BasicCrawlingContext<ListData>,
): Promise<void> {
  const { siteId, pageIndex } = ctx.request.userData;
  const { profile, tally, resume } = siteOf(run, siteId);
  const page = await fetchFor(run, ctx, siteId, {
    url: ctx.request.url,
    mode: profile.fetch ?? 'auto',
    maxBytes: run.maxPageBytes,
    // SITES.md: some lists are written by script after the page loaded; notices are not.
    waitForScripts: true,
  });
  const paging = { pageIndex, ...(run.maxPages !== undefined ? { maxPages: run.maxPages } : {}) };
  const reading = await run.writer.readList(page, profile, paging);
  if (reading.entries === undefined) {
    // Not retried and not "0 new": the profile has to be updated.
    tally.siteChanged ??= reading.siteChanged;
    pageDone(run, siteId, page.url, 'list', page.via);
    return;
  }
  tally.listPagesRead++;
  const unknown: ListEntry[] = [];
  for (const entry of reading.entries) {
    const id = noticeId(entry.url);
    if (!run.refresh && run.store.hasNotice(id)) tally.count(id, 'unchanged');
    else unknown.push(entry);
  }
  await enqueue(
    run,
    siteId,
    unknown.map((e) =>
      detailRequest(e.url, {
        siteId,
        title: e.title,
        ...(e.publishedAt ? { publishedAt: e.publishedAt } : {}),
      }),
    ),
  );
  if (unknown.length > 0 || resume.interrupted) {
    // The next list page goes before the notices waiting: page n + 1 is known only once page
    // n is read, so at the back of the queue the list's pages ran one after another at the end
    // of the host's crawl, with its other request slots idle.
    await enqueue(
      run,
      siteId,
      reading.next.map((url) => listRequest(url, { siteId, pageIndex: pageIndex + 1 })),
      { forefront: true },
    );
  }
  pageDone(run, siteId, page.url, 'list', page.via);
}
