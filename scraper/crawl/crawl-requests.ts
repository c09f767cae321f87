// The three kinds of request a host's queue holds, as Crawlee requests with a label (the route)
// and typed user data. The unique key names the site too: two profiles listing one notice each
// get their entry counted, and the store check before fetching keeps it one fetch.
import type { RequestOptions } from '@crawlee/basic';
import { canonicalUrl } from '../../shared/extract/canonical-url.ts';
import type { AttachmentJob } from './resume-state.ts';

export interface ListData {
  siteId: string;
  /** 0 on a start page. */
  pageIndex: number;
}

export interface DetailData {
  siteId: string;
  /** What the list showed: fills a title or date the detail page lacks. */
  title: string;
  publishedAt?: string;
}

export interface AttachmentData extends Omit<AttachmentJob, 'url'> {
  siteId: string;
}

export type CrawlRoutes = { list: ListData; detail: DetailData; attachment: AttachmentData };

export type CrawlRequest = RequestOptions<ListData | DetailData | AttachmentData> & {
  label: keyof CrawlRoutes;
};

export function listRequest(url: string, data: ListData): CrawlRequest {
  return { url, label: 'list', userData: data, uniqueKey: `list ${data.siteId} ${url}` };
}

export function detailRequest(url: string, data: DetailData): CrawlRequest {
  const key = `detail ${data.siteId} ${canonicalUrl(url)}`;
  return { url, label: 'detail', userData: data, uniqueKey: key };
}

export function attachmentRequest(job: AttachmentJob, siteId: string): CrawlRequest {
  const { url, ...rest } = job;
  const userData: AttachmentData = { ...rest, siteId };
  return { url, label: 'attachment', userData, uniqueKey: `attachment ${job.noticeId} ${url}` };
}
