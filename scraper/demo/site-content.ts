// Turns a replica site's lists of notices into its pages: the list pages (split by the site's
// page size, named as its paging names them), one detail page per notice, the attachments.
import { makeDocx } from './files/make-docx.ts';
import { makePdf } from './files/make-pdf.ts';
import {
  type DemoAttachment,
  type DemoNotice,
  type ExpectedNotice,
  type ReplicaContent,
  type ReplicaPage,
  routeKey,
} from './replica-types.ts';
import { readRepoBytes, withoutUrlComment } from './repo-files.ts';

export interface ReplicaList {
  profileId: string;
  /** Newest first, as the list shows them. */
  notices: DemoNotice[];
  perPage: number;
  /** Root-relative path (and query) of list page i, 0 for the first. */
  pageRoute(index: number): string;
  renderPage(notices: readonly DemoNotice[], index: number, count: number): string;
  renderDetail(notice: DemoNotice): string;
  /** Also serve the (empty) page after the last: numbered paging reads until a page is empty. */
  emptyTail?: boolean;
}

// The HTML a CMS answers for a file that is gone: status 200, and a name ending in .pdf.
const MISSING_FILE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>提示信息</title></head>
<body><div class="error"><h3>提示信息</h3><p>对不起，您要下载的文件不存在或已被删除。</p>
<p><a href="javascript:history.back()">返回上一页</a></p></div></body></html>`;

function attachmentPage(a: DemoAttachment, notice: DemoNotice): ReplicaPage {
  const lines = [notice.title, a.name, notice.publisher, notice.date];
  if (a.file === 'pdf') {
    const ascii = [`kjwatch demo attachment: ${a.path}`, `Published ${notice.date}`];
    return { kind: 'attachment', body: makePdf(ascii), contentType: 'application/pdf' };
  }
  if (a.file === 'docx') {
    return {
      kind: 'attachment',
      body: makeDocx(lines),
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
  }
  return { kind: 'attachment', body: MISSING_FILE, contentType: 'text/html; charset=utf-8' };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

export function buildContent(lists: readonly ReplicaList[]): ReplicaContent {
  const pages = new Map<string, ReplicaPage>();
  const notices: ExpectedNotice[] = [];
  const put = (route: string, page: ReplicaPage) => {
    const key = routeKey(route);
    if (pages.has(key)) throw new Error(`replica: two pages at ${route}`);
    pages.set(key, page);
  };
  for (const list of lists) {
    const chunks = chunk(list.notices, list.perPage);
    chunks.forEach((items, i) => {
      const body = list.renderPage(items, i, chunks.length);
      put(list.pageRoute(i), { kind: 'list', body, profileId: list.profileId });
    });
    if (list.emptyTail) {
      const i = chunks.length;
      const body = list.renderPage([], i, chunks.length);
      put(list.pageRoute(i), { kind: 'list', body, profileId: list.profileId });
    }
    for (const n of list.notices) {
      const body = n.file ? withoutUrlComment(readRepoBytes(n.file)) : list.renderDetail(n);
      put(n.path, { kind: 'detail', body, profileId: list.profileId });
      for (const a of n.attachments ?? []) put(a.path, attachmentPage(a, n));
      notices.push({
        profileId: list.profileId,
        path: n.path,
        title: n.title,
        publishedAt: n.date,
        attachments: (n.attachments ?? []).map((a) => ({
          path: a.path,
          broken: a.file === 'broken',
        })),
      });
    }
  }
  return { pages, notices };
}

/** TRS page names: `index.html`, `index_1.html`, … (ext as the site uses it). */
export function trsPageName(index: number, ext = 'html'): string {
  return index === 0 ? `index.${ext}` : `index_${index}.${ext}`;
}

/** The pager script of a TRS list page. */
export function trsPagerScript(count: number, index: number, ext = 'html'): string {
  return `createPageHTML(${count}, ${index}, "index", "${ext}");`;
}
