// Notices as a spreadsheet: one row per notice, headers in Chinese and English so the file
// reads well in a Chinese Excel and in scripts alike.
import type { Notice } from '../model.ts';
import { CSV_BOM, csvRow } from './csv-cell.ts';
import { ruleLabels } from './excerpt.ts';
import type { ExportOptions } from './export-options.ts';

/** Excel refuses cells over 32,767 characters; a longer body is cut, and says so. */
export const CSV_MAX_CELL = 32_000;
const CUT_NOTE = '…[正文过长已截断 truncated]';

type Column = readonly [header: string, value: (n: Notice, o: ExportOptions) => string | undefined];

export const CSV_COLUMNS: readonly Column[] = [
  ['标题 title', (n) => n.title],
  ['发布日期 publishedAt', (n) => n.publishedAt],
  ['发文机构 publisher', (n) => n.publisher],
  ['发文字号 documentNumber', (n) => n.documentNumber],
  ['索引号 indexNumber', (n) => n.indexNumber],
  ['栏目 column', (n) => n.column],
  ['站点 siteId', (n) => n.siteId],
  ['网址 URL', (n) => n.url],
  ['匹配规则 matches', (n, o) => ruleLabels(n.matches, o.ruleNames).join('; ')],
  ['附件 attachments', (n) => n.attachments.map((a) => `${a.name} <${a.url}>`).join('; ')],
  ['抓取时间 fetchedAt', (n) => n.fetchedAt],
  ['正文 bodyText', (n) => cutCell(n.bodyText)],
  ['编号 id', (n) => n.id],
];

/** A cell Excel accepts: a longer text is cut (not inside a surrogate pair) and says so. */
export function cutCell(text: string): string {
  if (text.length <= CSV_MAX_CELL) return text;
  let end = CSV_MAX_CELL - CUT_NOTE.length;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + CUT_NOTE;
}

export function csvHeader(): string {
  return CSV_BOM + csvRow(CSV_COLUMNS.map(([header]) => header));
}

export function noticeToCsvRow(notice: Notice, options: ExportOptions = {}): string {
  return csvRow(CSV_COLUMNS.map(([, value]) => value(notice, options)));
}
