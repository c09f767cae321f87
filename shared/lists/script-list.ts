// Lists written out by the page's own script (Beijing's Hanweb columns):
//   urls[0]='/art/2024/1/5/art_2384_668893.html';headers[0]="关于…的通知";year[0]='2024';month[0]='1';day[0]='5';
// The HTML holds no entries until the script runs, so they are read from the script text.
import { findChineseDates } from '../dates/parse-chinese-date.ts';
import type { DocLike } from '../dom/doc-like.ts';
import type { ScriptListSpec } from '../sites/define-site-profile.ts';
import { collapseSpace } from './element-text.ts';
import type { ListItem } from './list-entry.ts';
import { resolveLink } from './resolve-link.ts';

// `name[3]='…'` or `name[3]="…"`: one quoted string assigned to one array slot.
const ASSIGNMENT =
  /([A-Za-z_$][\w$]*)\s*\[\s*(\d+)\s*\]\s*=\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")/g;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
};

function unescapeJs(value: string): string {
  return value.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) =>
    c.length === 5 ? String.fromCharCode(Number.parseInt(c.slice(1), 16)) : c,
  );
}

// Titles in these scripts are HTML fragments: `<font color=red>…</font>`, `&quot;`.
function htmlToText(value: string): string {
  const text = value
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
  return collapseSpace(text);
}

/** Every `name[i] = '…'` in `text`: array name → slot → value. */
export function readScriptArrays(text: string): Map<string, Map<number, string>> {
  const arrays = new Map<string, Map<number, string>>();
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1] ?? '';
    const slots = arrays.get(name) ?? new Map<number, string>();
    slots.set(Number(m[2]), unescapeJs(m[3] ?? m[4] ?? ''));
    arrays.set(name, slots);
  }
  return arrays;
}

function scriptDate(arrays: Map<string, Map<number, string>>, names: readonly string[], i: number) {
  const parts = names.map((name) => arrays.get(name)?.get(i)?.trim() ?? '');
  if (parts.some((p) => p === '')) return undefined;
  // Year, month, day as separate slots; findChineseDates checks the calendar either way.
  const text = parts.length === 3 ? parts.join('-') : parts.join(' ');
  return findChineseDates(text)[0]?.iso;
}

/** The entries the `<script>` elements `selector` finds write out. */
export function scriptListItems(
  doc: DocLike,
  base: string,
  selector: string,
  spec: ScriptListSpec,
): ListItem[] {
  const items: ListItem[] = [];
  for (const element of Array.from(doc.querySelectorAll(selector))) {
    const arrays = readScriptArrays(element.textContent ?? '');
    const urls = arrays.get(spec.url);
    if (!urls) continue;
    for (const [i, href] of [...urls].sort((a, b) => a[0] - b[0])) {
      const url = resolveLink(href, base);
      const title = htmlToText(arrays.get(spec.title)?.get(i) ?? '');
      if (!url || !title) continue;
      const publishedAt = spec.date ? scriptDate(arrays, spec.date, i) : undefined;
      items.push({ element, entry: publishedAt ? { url, title, publishedAt } : { url, title } });
    }
  }
  return items;
}
