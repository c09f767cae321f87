// An attachment: downloaded with the host's cookies, checked by its first bytes (an HTML error
// page under a .pdf name is refused, not stored), stored once per content hash by the store.
import type { BasicCrawlingContext } from '@crawlee/basic';
import { detectFileType } from '../../shared/files/detect-file-type.ts';
import { PermanentFetchError } from '../fetch/fetch-errors.ts';
import type { AttachmentData } from './crawl-requests.ts';
import { fetchFor, type HostRun, pageDone, siteOf } from './host-run.ts';

export async function handleAttachment(
  run: HostRun,
  ctx: BasicCrawlingContext<AttachmentData>,
): Promise<void> {
  const { siteId, noticeId, noticeUrl, name } = ctx.request.userData;
  const { profile, tally, resume } = siteOf(run, siteId);
  const url = ctx.request.url;
  const job = { noticeId, url };
  // Left over from a kill before its notice was saved: the notice's own fetch queues it again.
  if (!run.store.hasNotice(noticeId)) {
    resume.attachmentDone(job);
    pageDone(run, siteId, url, 'attachment', 'store');
    return;
  }
  const file = await fetchFor(run, ctx, siteId, {
    url,
    mode: profile.fetch ?? 'auto',
    maxBytes: run.maxAttachmentBytes,
    challengePage: noticeUrl,
  });
  if (detectFileType(file.body.subarray(0, 2048)) === 'html') {
    throw new PermanentFetchError(
      url,
      'an HTML page came instead of the file (dead link or error page)',
    );
  }
  const saved = await run.writer.saveAttachment({
    noticeId,
    name,
    url,
    bytes: file.body,
    ...(file.contentType ? { mime: file.contentType } : {}),
  });
  if (saved.stored) tally.attachments++;
  resume.attachmentDone(job);
  pageDone(run, siteId, url, 'attachment', file.via);
}
