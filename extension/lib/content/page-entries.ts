// The list entries on the page, as elements kjwatch can mark: the site profile's list where it
// finds entries, else the generic list detector (so an unprofiled list, or a column whose
// profile no longer fits, still gets its marks).
import type { DocLike } from '../../../shared/dom/doc-like.ts';
import { detectListItems } from '../../../shared/lists/detect-list-entries.ts';
import { linkTitle, mainLink } from '../../../shared/lists/entry-from-item.ts';
import type { ListItem } from '../../../shared/lists/list-entry.ts';
import { documentBaseUrl } from '../../../shared/lists/resolve-link.ts';
import { scriptListItems } from '../../../shared/lists/script-list.ts';
import type { SiteProfile } from '../../../shared/sites/define-site-profile.ts';
import type { TimeSlicer } from './time-slicer.ts';

export interface PageEntry {
  element: Element;
  title: string;
  url: string;
}

/**
 * The profile's entries — what shared/lists `matchProfileList` reads, dates aside, item by item
 * with pauses: on a list of thousands of entries, reading them all at once is a long task. A moved site
 * (no entries) is the crawler's SiteChangedError to report; here the generic detector takes over.
 */
async function profileItems(
  doc: Document,
  base: string,
  profile: SiteProfile,
  slicer: TimeSlicer,
): Promise<ListItem[]> {
  const { list } = profile;
  if (list.script) return scriptListItems(doc, base, list.item, list.script);
  let elements: Element[];
  try {
    elements = Array.from(doc.querySelectorAll(list.item));
  } catch {
    return []; // a user profile's selector the browser cannot parse
  }
  const seen = new Set<string>();
  const items: ListItem[] = [];
  for (const element of elements) {
    // What entryFromItem reads, less the date, which nothing here uses: finding dates in
    // thousands of entries was a third of this loop.
    const link = mainLink(element, base, list.link);
    const title = link && linkTitle(link.element);
    if (link && title && !seen.has(link.url)) {
      seen.add(link.url);
      items.push({ element, entry: { url: link.url, title } });
    }
    if (slicer.tick()) await slicer.pause();
  }
  return items;
}

function linksByHref(doc: Document): Map<string, HTMLAnchorElement[]> {
  const map = new Map<string, HTMLAnchorElement[]>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const list = map.get(a.href) ?? [];
    list.push(a);
    map.set(a.href, list);
  }
  return map;
}

export async function findPageEntries(
  doc: Document,
  url: string,
  profile: SiteProfile | undefined,
  slicer: TimeSlicer,
): Promise<PageEntry[]> {
  const docLike: DocLike = doc;
  let items = profile
    ? await profileItems(doc, documentBaseUrl(docLike, url), profile, slicer)
    : [];
  if (items.length === 0) items = detectListItems(docLike, { url });
  let links: Map<string, HTMLAnchorElement[]> | undefined;
  const entries: PageEntry[] = [];
  for (const { element, entry } of items) {
    if (!(element instanceof Element)) continue;
    if (element.tagName !== 'SCRIPT') {
      entries.push({ element, title: entry.title, url: entry.url });
      continue;
    }
    // A script-written list (Beijing): mark what the script wrote, found by the entry's link.
    links ??= linksByHref(doc);
    for (const a of links.get(entry.url) ?? []) {
      entries.push({ element: a.closest('li') ?? a, title: entry.title, url: entry.url });
    }
  }
  return entries;
}
