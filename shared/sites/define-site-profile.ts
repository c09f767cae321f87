// Site profiles (DESIGN.md "Site profiles"): one declarative object per list of notices.

export type SiteLevel = 'national' | 'provincial' | 'city' | 'cas' | 'other';
export type FetchMode = 'http' | 'browser' | 'auto';

export type PagingSpec =
  /** Pages named by the page's `createPageHTML(count, index, "index", "html")`: `index_i.html`. */
  | { type: 'trs' }
  /** Follow the link `selector` finds. */
  | { type: 'next'; selector: string }
  /**
   * `template` (with `{n}`) resolved against the current page URL, e.g. `?page={n}` or
   * `newschild_{n}.shtml`. The start URL is the first page; the page after it has n = `first`
   * (default 2, for sites whose first page would be n = 1).
   */
  | { type: 'param'; template: string; first?: number }
  | { type: 'none' };

/**
 * A list that the page's own script writes out, so the HTML holds no entries (Beijing's
 * Hanweb columns: `urls[i]='…';headers[i]="…";year[i]='…';month[i]='…';day[i]='…';`).
 * Names are the script's array names.
 */
export interface ScriptListSpec {
  /** Array with each entry's URL, e.g. `urls`. */
  url: string;
  /** Array with each entry's title, e.g. `headers`. */
  title: string;
  /** Arrays with the date: one name (a whole date such as `2024-01-05`) or year, month, day. */
  date?: string[];
}

export interface ListSpec {
  /** One entry of the list; with `script`, the `<script>` elements that hold the arrays. */
  item: string;
  /** The entry's link, relative to `item` (default: its `a[href]` with the longest text). */
  link?: string;
  /** The entry's date, relative to `item` (default: the first date in the entry's text outside the link). */
  date?: string;
  /** Read entries from script arrays instead of elements (see ScriptListSpec). */
  script?: ScriptListSpec;
  paging?: PagingSpec;
  /** Pages to read per crawl, the first included (default 5). */
  maxPages?: number;
}

/** CSS overrides for detail pages; fields left out come from the generic extractor. */
export interface DetailSpec {
  title?: string;
  body?: string;
  date?: string;
  publisher?: string;
  documentNumber?: string;
}

export interface SiteProfile {
  id: string;
  name: string;
  org: string;
  level: SiteLevel;
  start: string[];
  list: ListSpec;
  detail?: DetailSpec;
  fetch?: FetchMode;
  /** Cron expression for `kjwatch schedule`. */
  schedule?: string;
}

/** Typed identity: built-in profiles are declared with it so the compiler checks their shape. */
export function defineSiteProfile<const P extends SiteProfile>(profile: P): P {
  return profile;
}
