// A clipping seen as the notice it was taken from, so the citation formats (RIS, BibTeX,
// CSL-JSON) describe the same report whether it comes from the scraper or from a clipping. The
// clipping's creation time stands for the access date: that is when the researcher read it.
import type { Clipping, Notice } from '../model.ts';

export function clippingNotice(clipping: Clipping): Notice {
  const meta = clipping.notice;
  const notice: Notice = {
    id: clipping.id,
    url: clipping.url,
    title: meta?.title || clipping.pageTitle || clipping.url,
    bodyText: '',
    attachments: [],
    related: [],
    matches: [],
    fetchedAt: clipping.createdAt,
  };
  if (meta?.publisher) notice.publisher = meta.publisher;
  if (meta?.publishedAt) notice.publishedAt = meta.publishedAt;
  if (meta?.documentNumber) notice.documentNumber = meta.documentNumber;
  return notice;
}

/** Clippings by page (URL), pages in order of their first clipping in the input. */
export function groupByPage(clippings: Iterable<Clipping>): Clipping[][] {
  const groups = new Map<string, Clipping[]>();
  for (const c of clippings) {
    const group = groups.get(c.url);
    if (group) group.push(c);
    else groups.set(c.url, [c]);
  }
  return [...groups.values()];
}
