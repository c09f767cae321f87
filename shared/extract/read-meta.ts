// The meta tags of the national guideline for government websites (国办发〔2017〕47号), read
// forgivingly: names in any case, `ContenSource` for `ContentSource`, `property=` as well as
// `name=`, and the first non-empty value when a template repeats a tag.
import type { Elem } from './snapshot.ts';

const ALIASES: Readonly<Record<string, string>> = {
  contensource: 'contentsource',
  contentsorce: 'contentsource',
  'og:title': 'ogtitle',
  'article:published_time': 'publishedtime',
};

export type MetaTags = ReadonlyMap<string, string>;

/** Lower-case meta name (aliases folded) → first non-empty content. */
export function readMeta(metas: readonly Elem[]): MetaTags {
  const found = new Map<string, string>();
  for (const meta of metas) {
    const raw = (meta.attrs.name ?? meta.attrs.property ?? '').trim().toLowerCase();
    if (!raw) continue;
    const name = ALIASES[raw] ?? raw;
    const content = (meta.attrs.content ?? '').replace(/\s+/g, ' ').trim();
    if (content && !found.has(name)) found.set(name, content);
  }
  return found;
}

/** The first of `names` that the page sets. */
export function metaValue(meta: MetaTags, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = meta.get(name);
    if (v) return v;
  }
  return undefined;
}
