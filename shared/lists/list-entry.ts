import type { ElementLike } from '../dom/doc-like.ts';

/** One entry of a list page: what the crawler needs to decide whether to fetch the notice. */
export interface ListEntry {
  /** Absolute URL of the notice. */
  url: string;
  title: string;
  /** ISO date (or date-time with +08:00) the list shows for the entry; never invented. */
  publishedAt?: string;
}

/** An entry with the element it came from, so the extension can mark it on the page. */
export interface ListItem {
  /** The entry's element; for a script-written list, the `<script>` that holds it. */
  element: ElementLike;
  entry: ListEntry;
}
