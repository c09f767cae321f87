// publishedAt, in the order of DESIGN.md: meta PubDate → MOST's 发布日期 and other labelled
// dates near the title (发布时间/日期) → a bare date line under the title (`22.10.2018  10:42`)
// → the closing signature → the URL stamp (`t20211206_`). Never a 成文日期, never invented.
import { dateFromUrl, parseChineseDate } from '../dates/parse-chinese-date.ts';
import { lineDate } from './find-signature.ts';
import { labelled, type PageContext } from './page-context.ts';
import { metaValue } from './read-meta.ts';

const iso = (text: string | undefined) => (text ? parseChineseDate(text)?.iso : undefined);

function headerDate(ctx: PageContext): string | undefined {
  for (let i = ctx.headerStart; i < ctx.headerEnd; i++) {
    const text = ctx.r.lines[i]?.text ?? '';
    // A bare date line, or a short info line whose first date is the only one it gives.
    const bare = lineDate(text);
    if (bare) return bare.iso;
    if (text.length <= 80 && !/成文|印发|截止|开始|结束/.test(text)) {
      const found = iso(text);
      if (found) return found;
    }
  }
  return undefined;
}

export function findPublishedAt(ctx: PageContext, override?: string): string | undefined {
  return (
    iso(override) ??
    iso(metaValue(ctx.meta, 'pubdate', 'publishdate', 'publishedtime', 'firstpublishedtime')) ??
    labelled(ctx, 'published')
      .map((f) => iso(f.value))
      .find((d) => d !== undefined) ??
    headerDate(ctx) ??
    ctx.signature?.date?.iso ??
    dateFromUrl(ctx.url)?.iso
  );
}
