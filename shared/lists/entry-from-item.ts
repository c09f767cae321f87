// Turns one element of a list into a ListEntry. Shared by the profile-driven extractor and the
// generic detector, so both read links, titles and dates the same way.
import { findChineseDates } from '../dates/parse-chinese-date.ts';
import type { ElementLike } from '../dom/doc-like.ts';
import { collapseSpace, elementText } from './element-text.ts';
import type { ListEntry } from './list-entry.ts';
import { resolveLink } from './resolve-link.ts';

export interface EntrySelectors {
  /** The entry's link, relative to the item. */
  link?: string;
  /** The element holding the entry's date, relative to the item. */
  date?: string;
}

export interface EntryLink {
  element: ElementLike;
  url: string;
}

// Lists cut long titles to fit a column: `关于开展2024年度…`, `…的通知...`.
const TRUNCATED = /(?:…|⋯|\.{2,}|。{2,})\s*$/;

/** The item's links that lead to a page, the item itself included when it is an `<a>`. */
export function usableLinks(item: ElementLike, base: string): EntryLink[] {
  const anchors = item.tagName === 'A' ? [item] : Array.from(item.querySelectorAll('a[href]'));
  const links: EntryLink[] = [];
  for (const element of anchors) {
    const url = resolveLink(element.getAttribute('href'), base);
    if (url) links.push({ element, url });
  }
  return links;
}

/**
 * The entry's link: the one `selector` names, else the link with the longest title — a list
 * entry may also carry a category tag (`[通知]`) or an attachment icon link before its title.
 * A named or only link is returned even when its title is empty: callers read the title.
 */
export function mainLink(
  item: ElementLike,
  base: string,
  selector?: string,
): EntryLink | undefined {
  if (selector) {
    const el = item.querySelector(selector) ?? (item.tagName === 'A' ? item : null);
    if (!el) return undefined;
    // The attribute read once: on a list of thousands, each read is a call into the DOM.
    let href = el.getAttribute('href');
    let anchor: ElementLike | null = el;
    if (href === null) {
      anchor = el.querySelector('a[href]');
      href = anchor?.getAttribute('href') ?? null;
    }
    const url = resolveLink(href, base);
    return anchor && url ? { element: anchor, url } : undefined;
  }
  const links = usableLinks(item, base);
  // Most items hold one link: no titles to compare (the caller reads its title, once).
  if (links.length === 1) return links[0];
  let best: EntryLink | undefined;
  let bestLength = 0;
  for (const link of links) {
    const length = linkTitle(link.element).length;
    if (length > bestLength) {
      best = link;
      bestLength = length;
    }
  }
  return best;
}

/** A link's title: the full `title` attribute when the visible text is cut short or empty. */
export function linkTitle(anchor: ElementLike): string {
  const text = elementText(anchor);
  const attr = collapseSpace(anchor.getAttribute('title') ?? '');
  if (!attr) return text;
  if (!text) return attr;
  const stem = text.replace(TRUNCATED, '').trim();
  // Only a title attribute that extends the visible text is trusted: some templates put junk
  // there (MOST's breadcrumb links carry title="hide").
  return attr.length >= stem.length && attr.includes(stem) ? attr : text;
}

/** The first date in the `date` element, else in the item's text outside its link. */
export function entryDate(
  item: ElementLike,
  link: ElementLike,
  dateSelector?: string,
): string | undefined {
  if (dateSelector) {
    const found = findChineseDates(elementText(item.querySelector(dateSelector)))[0];
    if (found) return found.iso;
  }
  const linkText = link.textContent ?? '';
  const itemText = item.textContent ?? '';
  const outside = link === item ? '' : itemText.replace(linkText, ' ');
  return findChineseDates(outside)[0]?.iso;
}

/** The entry an item holds, or undefined when it has no usable link or no title. */
export function entryFromItem(
  item: ElementLike,
  base: string,
  selectors: EntrySelectors = {},
): ListEntry | undefined {
  const link = mainLink(item, base, selectors.link);
  if (!link) return undefined;
  const title = linkTitle(link.element);
  if (!title) return undefined;
  const entry: ListEntry = { url: link.url, title };
  const publishedAt = entryDate(item, link.element, selectors.date);
  if (publishedAt) entry.publishedAt = publishedAt;
  return entry;
}
