// Links beside the text: attachments (files the notice ships with, absolute URLs, pdf.js
// wrappers unwrapped) and related links (相关文档 / 相关附件 / 政策解读 lists), which are kept
// apart and never become body text.
import type { Attachment, RelatedLink } from '../model.ts';
import { fileName, isFile, resolveLink } from './attachment-url.ts';
import type { PageContext } from './page-context.ts';
import type { Rendered } from './render-lines.ts';
import type { LineScores } from './score-lines.ts';
import type { Elem } from './snapshot.ts';

const RELATED_LABEL =
  /^[【[]?\s*(?:相关(?:文档|附件|链接|阅读|新闻|文件|稿件|信息|政策|解读|报道)|政策解读|解读(?:文件|材料)?|文件解读|图解|相關(?:文檔|附件|鏈接|閱讀|新聞|文件))\s*[】\]]?\s*[:：]?/;
const NOT_A_LINK = /^(?:javascript:|mailto:|tel:|#|about:)/i;

const linkish = (r: Rendered, i: number) => {
  const line = r.lines[i];
  return line !== undefined && line.linkChars * 2 > line.chars;
};

/** Lines of 相关… sections: the label line and the list of links under it. */
export function findRelatedLines(r: Rendered, scores: LineScores): Set<number> {
  const related = new Set<number>();
  const relatedBlocks = new Set(r.relatedBlocks);
  r.lines.forEach((line, i) => {
    const m = RELATED_LABEL.exec(line.text);
    if (!m) return;
    // The label is plain text (a footer link called 政策解读 is navigation, not a section);
    // links may follow it on its own line (`相关链接：<a>…</a>`).
    const rest = line.text.slice(m[0].length).trim();
    if (rest ? !linkish(r, i) || line.linkChars >= line.chars : line.linkChars > 0) return;
    related.add(i);
    // The list runs while lines are links in the same block; a footer's links are not in it.
    const sameBlock = (f: Elem | null) =>
      f === null || f === line.furniture || relatedBlocks.has(f);
    for (let j = i + 1; j < i + 40 && linkish(r, j); j++) {
      const next = r.lines[j]!;
      if (RELATED_LABEL.test(next.text) || !sameBlock(next.furniture)) break;
      related.add(j);
    }
  });
  for (const el of r.relatedBlocks) {
    if (scores.sum(el.lineStart, el.lineEnd) > 0) continue;
    for (let i = el.lineStart; i < el.lineEnd; i++) related.add(i);
  }
  return related;
}

export function findLinks(ctx: PageContext, relatedLines: ReadonlySet<number>) {
  const { r, body } = ctx;
  const from = ctx.title.line >= 0 && ctx.title.line < body.start ? ctx.title.line : body.start;
  const inScope = (i: number) =>
    relatedLines.has(i) ||
    (i >= from && i < body.end + 15 && !ctx.scores.inFurniture(i, i < body.end ? body.depth : -1));
  const attachments: Attachment[] = [];
  const related: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const link of r.links) {
    if (NOT_A_LINK.test(link.href.trim()) || !inScope(link.line)) continue;
    const url = resolveLink(link.href, ctx.url);
    if (!url || seen.has(url.href)) continue;
    const name = link.text || link.title || fileName(url);
    if (isFile(url, name)) {
      seen.add(url.href);
      attachments.push({ name, url: url.href });
    } else if (relatedLines.has(link.line) && name) {
      seen.add(url.href);
      related.push({ title: link.title.length > name.length ? link.title : name, url: url.href });
    }
  }
  return { attachments, related };
}
