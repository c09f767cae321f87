// What is not a column's own list: site chrome (navigation, menus, breadcrumbs, footers) and the
// boxes beside the list (相关文档, 政策解读, 热点, 排行). The data model keeps interpretations and
// related documents as `related` links, never as notices (shared/model.ts).
import { ELEMENT_NODE, type ElementLike } from '../dom/doc-like.ts';
import { elementText } from './element-text.ts';

const CHROME_TAGS = new Set([
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'SELECT',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
]);

// Class and id words of site chrome; `dh` (导航) and `yqlj` (友情链接) are pinyin initials
// that government templates use as class names.
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'menu',
  'submenu',
  'header',
  'footer',
  'foot',
  'crumb',
  'crumbs',
  'breadcrumb',
  'sidebar',
  'toolbar',
  'copyright',
  'dh',
  'yqlj',
  'friendlink',
]);

const SIDE_HEADING = /解读|相关|热点|热门|排行|推荐|友情链接/;
const MAX_HEADING_LENGTH = 20;

export function parentElement(el: ElementLike): ElementLike | null {
  const parent = el.parentNode;
  // Only elements have tagName; the document node ends the walk.
  return parent && parent.nodeType === ELEMENT_NODE ? (parent as ElementLike) : null;
}

function words(el: ElementLike): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // `leftMenu`, `menu_two-level`, `header_top` → left menu / menu two level / header top
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether `el` sits in navigation, a menu, a header or a footer. */
export function isInChrome(el: ElementLike): boolean {
  for (let node: ElementLike | null = el; node; node = parentElement(node)) {
    if (CHROME_TAGS.has(node.tagName)) return true;
    if (words(node).some((w) => CHROME_WORDS.has(w))) return true;
  }
  return false;
}

function previousElementSibling(el: ElementLike): ElementLike | undefined {
  const parent = parentElement(el);
  if (!parent) return undefined;
  const siblings = Array.from(parent.children);
  const i = siblings.indexOf(el);
  return i > 0 ? siblings[i - 1] : undefined;
}

/** The short heading just above a list (`<div class="title">政策解读</div><ul>…`), if any. */
export function headingAbove(list: ElementLike): string | undefined {
  let node: ElementLike | null = list;
  for (let level = 0; node && level < 3; level++, node = parentElement(node)) {
    const before = previousElementSibling(node);
    if (!before) continue;
    const text = elementText(before);
    return text.length > 0 && text.length <= MAX_HEADING_LENGTH ? text : undefined;
  }
  return undefined;
}

/** Whether the list under `list` is a box beside the column (相关, 解读, 热点…), by its heading. */
export function isSideBox(list: ElementLike): boolean {
  const heading = headingAbove(list);
  return heading !== undefined && SIDE_HEADING.test(heading);
}
