// Notices as Markdown notes (Obsidian, Typora, a report draft): one section per notice with
// its metadata as a list and the start of the body as a quote. Text from the web is escaped
// so that a title cannot turn into a link, an image or raw HTML.
import type { Notice } from '../model.ts';
import { excerpt, ruleLabels } from './excerpt.ts';
import { DEFAULT_ABSTRACT_LENGTH, type ExportOptions } from './export-options.ts';

/** Escapes inline Markdown and HTML, and a block marker at the start of the text. */
export function markdownEscape(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~!]/g, '\\$&')
    .replace(/^(\s*)([#>+=-]|\d+[.)])/, (_m, space: string, marker: string) =>
      marker.length === 1
        ? `${space}\\${marker}`
        : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
    );
}

/** An autolink; characters that would end it early are percent-encoded. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}

export function noticeToMarkdown(notice: Notice, options: ExportOptions = {}): string {
  const flat = (s: string) => markdownEscape(s.replace(/\s+/gu, ' ').trim());
  const meta: [string, string | undefined][] = [
    ['发布日期 Published', notice.publishedAt && flat(notice.publishedAt)],
    ['发文机构 Publisher', notice.publisher && flat(notice.publisher)],
    ['发文字号 Document No.', notice.documentNumber && flat(notice.documentNumber)],
    ['索引号 Index No.', notice.indexNumber && flat(notice.indexNumber)],
    ['栏目 Column', notice.column && flat(notice.column)],
    ['网址 URL', markdownUrl(notice.url)],
    [
      '匹配规则 Rules',
      notice.matches.length
        ? ruleLabels(notice.matches, options.ruleNames).map(flat).join(', ')
        : undefined,
    ],
    [
      '附件 Attachments',
      notice.attachments.length
        ? notice.attachments.map((a) => `${flat(a.name)} ${markdownUrl(a.url)}`).join('; ')
        : undefined,
    ],
  ];
  const lines = [`## ${flat(notice.title) || '(untitled)'}`, ''];
  for (const [label, value] of meta) if (value) lines.push(`- **${label}**: ${value}`);
  const length = options.abstractLength ?? DEFAULT_ABSTRACT_LENGTH;
  if (length > 0 && notice.bodyText.trim()) {
    lines.push('', `> ${markdownEscape(excerpt(notice.bodyText, length))}`);
  }
  return `${lines.join('\n')}\n\n`;
}
