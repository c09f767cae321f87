// What an element is for, from its tag and its id/class words (English, and the pinyin
// abbreviations these CMSs use): page furniture, a related-links block, a title, or a CMS
// marker around the notice's text. Words are matched as whole tokens
// (`common-detail-page-printer` is not `print`); a marked element that holds most of the
// page's prose is not furniture after all (see score-lines.ts).
import type { Elem } from './snapshot.ts';

const FURNITURE_TAGS = new Set(['nav', 'footer', 'header', 'aside']);

const FURNITURE_TOKENS = new Set([
  // share widgets and QR codes (扫一扫)
  'share',
  'bdshare',
  'jiathis',
  'bshare',
  'fenxiang',
  'qrcode',
  'ewm',
  'erweima',
  // footers
  'footer',
  'foot',
  'copyright',
  'banquan',
  'bottom',
  // navigation, breadcrumbs (当前位置 = dqwz)
  'nav',
  'navbar',
  'topnav',
  'subnav',
  'menu',
  'crumb',
  'crumbs',
  'breadcrumb',
  'breadcrumbs',
  'dqwz',
  'position',
  'location',
  'sidebar',
  'toolbar',
  'tools',
  'gotop',
  'backtop',
  // headers of the page (the notice's own title is found before this filter applies)
  'header',
  'head',
  'topbar',
  'logo',
  'search',
  // comments and advertising
  'comment',
  'comments',
  'advert',
  'ads',
]);

/** 相关文档 / 相关附件 / 政策解读 blocks: their links are `related`, never body text. */
const RELATED_TOKENS = new Set([
  'related',
  'relate',
  'relevant',
  'correlation',
  'xgwz',
  'xgwd',
  'xgwj',
  'xgxx',
  'xgxw',
  'xgjd',
  'xgfj',
  'xglj',
]);

export function classTokens(el: Elem): string[] {
  const raw = `${el.attrs.id ?? ''} ${el.attrs.class ?? ''}`;
  if (raw.length === 1) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((t) => t.replace(/\d+$/, ''))
    .filter((t) => t.length > 0);
}

export function isRelatedElem(tokens: readonly string[]): boolean {
  return tokens.some((t) => RELATED_TOKENS.has(t));
}

export function isFurnitureElem(el: Elem, tokens: readonly string[]): boolean {
  if (FURNITURE_TAGS.has(el.tag)) return true;
  return tokens.some((t) => FURNITURE_TOKENS.has(t) || RELATED_TOKENS.has(t));
}

const TITLE_TOKENS = new Set(['tit', 'bt', 'biaoti', 'headline', 'timu', 'wzbt']);

/** Headings and title-classed elements (`p.wztitle`, `.xxgk_title`, `.con-title`). */
export function isTitleElem(el: Elem, tokens: readonly string[]): boolean {
  if (/^h[1-6]$/.test(el.tag)) return true;
  return tokens.some((t) => t.includes('title') || TITLE_TOKENS.has(t));
}

// TRS WCM (`.TRS_Editor`, `.trs_editor_view`, `#Zoom`, ContentStart/ContentEnd metas), Hanweb
// (`#zoom`) and UCAP (`#UCAP-CONTENT`) mark where a notice's text is.
const MARKER_CLASS = /(?:^|\s)(?:trs_editor|trs_editor_view|trs_ueditor)(?:\s|$)/i;
const MARKER_ID = /^(?:zoom|ucap-content)$/i;

export function isContentMarker(el: Elem): boolean {
  if (el.tag === 'meta') return /^content(?:start|end)$/i.test(el.attrs.name ?? '');
  const cls = el.attrs.class;
  return (cls !== undefined && MARKER_CLASS.test(cls)) || MARKER_ID.test(el.attrs.id ?? '');
}
