// Finds the main list of a list page without a site profile: the repeated sibling elements
// that each hold one link and a date (the shape every CMS list shares, whatever its classes).
// Used for pages no profile covers, and to tell "the profile no longer matches" from "the
// page is empty" (extract-list-entries.ts).
import type { DocLike, ElementLike } from '../dom/doc-like.ts';
import { isInChrome, isSideBox } from './boilerplate.ts';
import { elementText } from './element-text.ts';
import { entryFromItem, usableLinks } from './entry-from-item.ts';
import type { ListEntry, ListItem } from './list-entry.ts';
import { documentBaseUrl } from './resolve-link.ts';

// A repeated group needs this many dated links to count as a list at all…
const MIN_GROUP_ITEMS = 2;
// …and the list returned this many, so that two dated links in a footer are not "the list".
const MIN_LIST_ITEMS = 3;
// `更多`, `详情`: link texts too short to be a notice title.
const MIN_TITLE_LENGTH = 4;
// An entry may carry an attachment or category link besides its title; a block with more
// distinct links is a whole list (or a menu), not one entry.
const MAX_LINKS_PER_ITEM = 2;

interface Group {
  parent: ElementLike;
  /** Tag of the items and of their children, e.g. `LI>SPAN,A,SPAN`: lists that share it merge. */
  shape: string;
  items: ListItem[];
  order: number;
  side: boolean;
}

function shapeOf(el: ElementLike): string {
  const tags: string[] = [];
  for (const child of Array.from(el.children)) {
    if (tags[tags.length - 1] !== child.tagName) tags.push(child.tagName);
  }
  return `${el.tagName}>${tags.join(',')}`;
}

function datedEntry(el: ElementLike, base: string): ListEntry | undefined {
  const urls = new Set(usableLinks(el, base).map((l) => l.url));
  if (urls.size === 0 || urls.size > MAX_LINKS_PER_ITEM) return undefined;
  const entry = entryFromItem(el, base);
  return entry?.publishedAt && entry.title.length >= MIN_TITLE_LENGTH ? entry : undefined;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

function readGroups(parent: ElementLike, base: string, order: number): Group[] {
  const byTag = new Map<string, ElementLike[]>();
  for (const child of Array.from(parent.children)) {
    byTag.set(child.tagName, [...(byTag.get(child.tagName) ?? []), child]);
  }
  const groups: Group[] = [];
  for (const siblings of byTag.values()) {
    if (siblings.length < MIN_GROUP_ITEMS) continue;
    const items: ListItem[] = [];
    let filled = 0; // separators such as cas.cn's empty `li.gl_line` do not count against a list
    for (const element of siblings) {
      if (elementText(element) === '') continue;
      filled++;
      const entry = datedEntry(element, base);
      if (entry) items.push({ element, entry });
    }
    if (items.length < MIN_GROUP_ITEMS || items.length * 2 < filled) continue;
    const shape = mostCommon(items.map((i) => shapeOf(i.element)));
    groups.push({ parent, shape, items, order, side: false });
  }
  return groups;
}

function candidateGroups(doc: DocLike, base: string): Group[] {
  const root = doc.querySelector('body') ?? doc.documentElement;
  if (!root) return [];
  const parents = [root, ...Array.from(root.querySelectorAll('*'))];
  const groups: Group[] = [];
  parents.forEach((parent, order) => {
    if (parent.children.length < MIN_GROUP_ITEMS) return;
    for (const group of readGroups(parent, base, order)) {
      if (isInChrome(parent)) continue;
      group.side = isSideBox(parent);
      groups.push(group);
    }
  });
  return groups;
}

/**
 * The main list of dated links on a page, with the elements they came from. Lists of the same
 * shape under the same kind of parent merge (MOST's 法规政策 page shows 法律法规, 部门规章 and
 * 规范性文件 as three lists of one shape); boxes beside them (政策解读, 相关, 热点) are left out
 * unless nothing else is there.
 */
export function detectListItems(doc: DocLike, { url }: { url: string }): ListItem[] {
  const groups = candidateGroups(doc, documentBaseUrl(doc, url));
  const main = groups.filter((g) => !g.side);
  const pool = main.length > 0 ? main : groups;
  const best = pool.reduce<Group | undefined>(
    (a, g) => (!a || g.items.length > a.items.length ? g : a),
    undefined,
  );
  if (!best) return [];
  const merged = pool
    .filter((g) => g.shape === best.shape && g.parent.tagName === best.parent.tagName)
    .sort((a, b) => a.order - b.order);
  const seen = new Set<string>();
  const items: ListItem[] = [];
  for (const group of merged) {
    for (const item of group.items) {
      if (seen.has(item.entry.url)) continue;
      seen.add(item.entry.url);
      items.push(item);
    }
  }
  return items.length >= MIN_LIST_ITEMS ? items : [];
}

/** The main list of dated links on a page, found without a site profile. */
export function detectListEntries(doc: DocLike, input: { url: string }): ListEntry[] {
  return detectListItems(doc, input).map((i) => i.entry);
}
