// Site profiles (DESIGN.md "Site profiles"): one declarative object per list of notices.

export type SiteLevel = 'national' | 'provincial' | 'city' | 'cas' | 'other';
export type FetchMode = 'http' | 'browser' | 'auto';

export type PagingSpec =
  | { type: 'trs' }
  | { type: 'next'; selector: string }
  | { type: 'param'; template: string; first?: number }
  | { type: 'none' };

export interface ListSpec {
  /** One entry of the list. */
  item: string;
  /** The entry's link, relative to `item` (default: the first `a[href]`). */
  link?: string;
  /** The entry's date, relative to `item`. */
  date?: string;
  paging?: PagingSpec;
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
