// Reads a list page through its site profile. When the profile's selectors find nothing on a
// page that plainly holds a list, the site's markup has moved: that is a SiteChangedError, never
// a quiet "no new notices".
import type { DocLike, ElementLike } from '../dom/doc-like.ts';
import type { SiteProfile } from '../sites/define-site-profile.ts';
import { detectListItems } from './detect-list-entries.ts';
import { elementText } from './element-text.ts';
import { entryFromItem } from './entry-from-item.ts';
import type { ListEntry, ListItem } from './list-entry.ts';
import { documentBaseUrl } from './resolve-link.ts';
import { scriptListItems } from './script-list.ts';
import { SiteChangedError } from './site-changed-error.ts';

export interface ListPageInput {
  /** The page's address: relative links resolve against it. */
  url: string;
  profile: SiteProfile;
}

export interface ProfileListMatch {
  items: ListItem[];
  /** Elements the `item` selector found (script mode: scripts that hold the URL array). */
  matched: ElementLike[];
}

// An empty column says so inside its list: `<li>暂无信息</li>`, `没有相关数据`.
const EMPTY_LIST = /暂无|没有(?:相关)?(?:信息|数据|记录|内容)|无(?:数据|记录)/;
// A start page with this many links is a real page (not a blank or challenge page) whose
// list the profile should have found.
const MIN_LINKS_ON_REAL_PAGE = 10;

/** The profile's entries on a page, without judging an empty result. */
export function matchProfileList(doc: DocLike, { url, profile }: ListPageInput): ProfileListMatch {
  const base = documentBaseUrl(doc, url);
  const { list } = profile;
  if (list.script) {
    const items = scriptListItems(doc, base, list.item, list.script);
    return { items, matched: [...new Set(items.map((i) => i.element))] };
  }
  const matched = Array.from(doc.querySelectorAll(list.item));
  const seen = new Set<string>();
  const items: ListItem[] = [];
  for (const element of matched) {
    const entry = entryFromItem(element, base, list);
    if (!entry || seen.has(entry.url)) continue;
    seen.add(entry.url);
    items.push({ element, entry });
  }
  return { items, matched };
}

function normalizeListUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    // `…/tztg/` and `…/tztg/index.html` are one page.
    u.pathname = u.pathname.replace(/\/index\.s?html?$/, '/');
    return u.href;
  } catch {
    return url;
  }
}

function isStartPage(url: string, profile: SiteProfile): boolean {
  const page = normalizeListUrl(url);
  return profile.start.some((s) => normalizeListUrl(s) === page);
}

/** A page "clearly not empty": a generic dated list is on it, or it is a start page with real content. */
function holdsAList(doc: DocLike, input: ListPageInput): boolean {
  if (detectListItems(doc, input).length > 0) return true;
  return (
    isStartPage(input.url, input.profile) &&
    doc.querySelectorAll('a[href]').length >= MIN_LINKS_ON_REAL_PAGE
  );
}

function missingSelector(profile: SiteProfile, matchedSome: boolean): string {
  const { list } = profile;
  if (list.script) return `${list.item} ${list.script.url}[i]`;
  return matchedSome ? `${list.item} ${list.link ?? 'a[href]'}` : list.item;
}

/**
 * The profile's entries on a list page, with their elements.
 * @throws SiteChangedError when the profile finds no entry on a page that clearly holds some.
 */
export function extractListItems(doc: DocLike, input: ListPageInput): ListItem[] {
  const { items, matched } = matchProfileList(doc, input);
  if (items.length > 0) return items;
  if (matched.length > 0) {
    if (matched.some((el) => EMPTY_LIST.test(elementText(el)))) return [];
    throw new SiteChangedError(input.profile.id, missingSelector(input.profile, true), input.url);
  }
  if (holdsAList(doc, input)) {
    throw new SiteChangedError(input.profile.id, missingSelector(input.profile, false), input.url);
  }
  return [];
}

/**
 * The profile's entries on a list page: absolute URLs, titles, ISO dates when the list shows them.
 * @throws SiteChangedError when the profile finds no entry on a page that clearly holds some.
 */
export function extractListEntries(doc: DocLike, input: ListPageInput): ListEntry[] {
  return extractListItems(doc, input).map((i) => i.entry);
}
