// Clippings as Markdown notes: one section per page with the notice's metadata, then each
// clipping's quote as a blockquote, its note below as plain paragraphs and its tags on a line.
// Everything from the web or from a person is escaped (markdownEscape): a quote can never turn
// into a heading, a link or raw HTML.
import type { Clipping } from '../model.ts';
import { groupByPage } from './clipping-notice.ts';
import { markdownEscape, markdownUrl } from './markdown.ts';

const flat = (s: string) => markdownEscape(s.replace(/\s+/gu, ' ').trim());

/** Each line escaped on its own (block markers count per line); blank lines kept. */
function lines(text: string): string[] {
  return text
    .trim()
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => (line.trim() ? markdownEscape(line.trim()) : ''));
}

function pageSection(group: readonly Clipping[]): string {
  const first = group[0]!;
  const meta = first.notice;
  const out = [`## ${flat(meta?.title || first.pageTitle) || '(untitled)'}`, ''];
  const fields: [string, string | undefined][] = [
    ['网址 URL', markdownUrl(first.url)],
    ['发文机构 Publisher', meta?.publisher && flat(meta.publisher)],
    ['发布日期 Published', meta?.publishedAt && flat(meta.publishedAt)],
    ['发文字号 Document No.', meta?.documentNumber && flat(meta.documentNumber)],
  ];
  for (const [label, value] of fields) if (value) out.push(`- **${label}**: ${value}`);
  for (const c of group) {
    out.push('', ...lines(c.quote).map((line) => (line ? `> ${line}` : '>')));
    if (c.note.trim()) out.push('', ...lines(c.note));
    if (c.tags.length) out.push('', `标签 Tags: ${c.tags.map(flat).join(' · ')}`);
  }
  return `${out.join('\n')}\n`;
}

export function clippingsToMarkdown(clippings: Iterable<Clipping>): string {
  return groupByPage(clippings).map(pageSection).join('\n');
}
