// A detail page → a Notice, on any DocLike (linkedom in the scraper, `document` in the
// extension). Evidence in the order of DESIGN.md "Generic extraction"; a profile's `detail`
// selectors win where they match. Total: any document gives a Notice with what it holds.
import type { DocLike, ElementLike } from '../dom/doc-like.ts';
import type { Notice } from '../model.ts';
import type { DetailSpec, SiteProfile } from '../sites/define-site-profile.ts';
import { canonicalUrl } from './canonical-url.ts';
import { bodyTextOf, selectBodyLines } from './clean-body.ts';
import { elemText } from './elem-text.ts';
import { findBody } from './find-body.ts';
import { findPublishedAt } from './find-dates.ts';
import { findColumn, findDocumentNumber, findIndexNumber, findPublisher } from './find-fields.ts';
import { findLinks, findRelatedLines } from './find-links.ts';
import { findSignature } from './find-signature.ts';
import { findTitle } from './find-title.ts';
import { hashString } from './hash-string.ts';
import type { PageContext } from './page-context.ts';
import { readLabels } from './read-labels.ts';
import { readMeta } from './read-meta.ts';
import { renderLines } from './render-lines.ts';
import { scoreLines } from './score-lines.ts';
import { type Elem, type Snapshot, snapshotDocument } from './snapshot.ts';

export interface ExtractOptions {
  /** The page's address: resolves links, names the notice (id), and may carry its date. */
  url: string;
  profile?: SiteProfile;
  siteId?: string;
}

// The crawler asks for a URL's id at the list entry, the detail page, the extraction and the
// save: the last few thousand answers are kept (a URL parse and a hash each time otherwise).
const recentIds = new Map<string, string>();
const RECENT_IDS = 4_096;

/** The stable id of the notice at `url`: a hash of its canonical URL. */
export function noticeId(url: string): string {
  let id = recentIds.get(url);
  if (id === undefined) {
    id = hashString(canonicalUrl(url));
    if (recentIds.size >= RECENT_IDS) recentIds.clear();
    recentIds.set(url, id);
  }
  return id;
}

/** The snapshot element a profile selector picks, or null (no match, or a broken selector). */
function pick(doc: DocLike, snap: Snapshot, selector: string | undefined): Elem | null {
  if (!selector || !snap.bySource) return null;
  let found: ElementLike | null;
  try {
    found = doc.querySelector(selector);
  } catch {
    return null;
  }
  return (found && snap.bySource.get(found)) ?? null;
}

function overrides(doc: DocLike, snap: Snapshot, spec: DetailSpec | undefined) {
  const text = (sel: string | undefined) => {
    const el = pick(doc, snap, sel);
    return el ? elemText(el) || undefined : undefined;
  };
  return {
    body: pick(doc, snap, spec?.body),
    title: text(spec?.title),
    date: text(spec?.date),
    publisher: text(spec?.publisher),
    documentNumber: text(spec?.documentNumber),
  };
}

export function extractNotice(doc: DocLike, options: ExtractOptions): Notice {
  const { url, profile } = options;
  const spec = profile?.detail;
  const snap = snapshotDocument(doc, spec !== undefined);
  const given = overrides(doc, snap, spec);
  const meta = readMeta(snap.metas);
  const r = renderLines(snap.root);
  const scores = scoreLines(r);
  const labels = readLabels(r.lines);
  const body = findBody(r, scores, given.body);
  const relatedLines = findRelatedLines(r, scores);
  const titleInput = { r, scores, meta, labels, pageTitle: snap.titleText };
  const title = findTitle({ ...titleInput, bodyStart: body.start, bodyEnd: body.end }, given.title);
  const bodyLines = selectBodyLines(r, scores, body, relatedLines, title.text);
  // The header: between the title and the body's first line, where 日期 and 来源 stand.
  const headerEnd = bodyLines[0] ?? body.start;
  const headerStart = title.line >= 0 && title.line < headerEnd ? title.line + 1 : headerEnd - 6;
  const ctx: PageContext = {
    url,
    r,
    scores,
    meta,
    labels,
    body,
    bodyLines,
    title,
    headerStart: Math.max(0, headerStart, headerEnd - 15),
    headerEnd,
    signature: findSignature(bodyLines.map((i) => r.lines[i]!.text)),
  };
  const { attachments, related } = findLinks(ctx, relatedLines);
  // Absent fields stay absent: no `undefined` or empty keys in the JSON a researcher reads.
  const optional = <K extends keyof Notice>(key: K, value: string | undefined) =>
    (value ? { [key]: value } : {}) as Partial<Pick<Notice, K>>;
  return {
    id: noticeId(url),
    url,
    ...optional('siteId', options.siteId ?? profile?.id),
    title: title.text,
    ...optional('publishedAt', findPublishedAt(ctx, given.date)),
    ...optional('publisher', findPublisher(ctx, given.publisher)),
    ...optional('documentNumber', findDocumentNumber(ctx, given.documentNumber)),
    ...optional('indexNumber', findIndexNumber(ctx)),
    ...optional('column', findColumn(ctx)),
    bodyText: bodyTextOf(r, bodyLines),
    attachments,
    related,
    matches: [],
  };
}
