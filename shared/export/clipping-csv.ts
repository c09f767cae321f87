// Clippings as a spreadsheet: one row per clipping, bilingual headers like the notices' CSV,
// every cell formula-safe (quotes and notes come from web pages and from people).
import type { Clipping } from '../model.ts';
import { cutCell } from './csv.ts';
import { CSV_BOM, csvRow } from './csv-cell.ts';

type Column = readonly [header: string, value: (c: Clipping) => string | undefined];

export const CLIPPING_CSV_COLUMNS: readonly Column[] = [
  ['摘录 quote', (c) => cutCell(c.quote)],
  ['批注 note', (c) => cutCell(c.note)],
  ['标签 tags', (c) => c.tags.join('; ')],
  ['页面标题 pageTitle', (c) => c.pageTitle],
  ['公文标题 title', (c) => c.notice?.title],
  ['发布日期 publishedAt', (c) => c.notice?.publishedAt],
  ['发文机构 publisher', (c) => c.notice?.publisher],
  ['发文字号 documentNumber', (c) => c.notice?.documentNumber],
  ['网址 URL', (c) => c.url],
  ['颜色 color', (c) => c.color],
  ['摘录时间 createdAt', (c) => c.createdAt],
  ['修改时间 updatedAt', (c) => c.updatedAt],
  ['编号 id', (c) => c.id],
];

export function clippingsToCsv(clippings: Iterable<Clipping>): string {
  const parts = [CSV_BOM, csvRow(CLIPPING_CSV_COLUMNS.map(([header]) => header))];
  for (const c of clippings) parts.push(csvRow(CLIPPING_CSV_COLUMNS.map(([, value]) => value(c))));
  return parts.join('');
}
