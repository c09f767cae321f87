// RIS as Zotero's RIS translator (zotero/translators RIS.js) imports a government document:
// TY GOVDOC → item type "report"; AU with no given name → a single-field (corporate) creator;
// PB → institution; SN → reportNumber (the 文号); DA YYYY/MM/DD/ → date; Y2 → accessDate;
// KW → tags; N1 → a note. M1 is not mapped for reports (it would land in Extra).
import type { Notice } from '../model.ts';
import { excerpt, ruleLabels } from './excerpt.ts';
import { DEFAULT_ABSTRACT_LENGTH, type ExportOptions } from './export-options.ts';
import { type DateParts, isoDateParts } from './notice-dates.ts';

export const RIS_EOL = '\r\n';

/** One `TAG  - value` line; a value never spans lines (a line break would start a new tag). */
export function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim()}${RIS_EOL}`;
}

/** RIS dates are `YYYY/MM/DD/other`, with unknown parts left empty: `2021//`. */
export function risDate(parts: DateParts): string {
  const [y, m, d] = parts;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${y}/${pad(m)}/${pad(d)}/`;
}

/**
 * An issuing body as an author: Zotero splits AU at the first comma into last and first
 * name and stores a creator with an empty first name as one field, so the name ends with a
 * comma and any ASCII comma inside it becomes a full-width one.
 */
export function risCorporateAuthor(name: string): string {
  return `${name.trim().replaceAll(',', '，')},`;
}

/** A notice's RIS lines without the closing `ER` (clipping records add their own lines). */
export function noticeRisLines(notice: Notice, options: ExportOptions = {}): string[] {
  const lines: string[] = [risLine('TY', 'GOVDOC'), risLine('TI', notice.title)];
  if (notice.publisher) {
    lines.push(risLine('AU', risCorporateAuthor(notice.publisher)));
    lines.push(risLine('PB', notice.publisher));
  }
  const published = isoDateParts(notice.publishedAt);
  if (published) {
    lines.push(risLine('DA', risDate(published)));
    lines.push(risLine('PY', String(published[0])));
  }
  if (notice.documentNumber) lines.push(risLine('SN', notice.documentNumber));
  lines.push(risLine('UR', notice.url));
  const accessed = isoDateParts(notice.fetchedAt);
  if (accessed) lines.push(risLine('Y2', risDate(accessed)));
  lines.push(risLine('LA', 'zh-CN'));
  for (const label of ruleLabels(notice.matches, options.ruleNames))
    lines.push(risLine('KW', label));
  const notes = [
    notice.indexNumber && `索引号: ${notice.indexNumber}`,
    notice.column && `栏目: ${notice.column}`,
  ].filter(Boolean);
  if (notes.length) lines.push(risLine('N1', notes.join('; ')));
  const length = options.abstractLength ?? DEFAULT_ABSTRACT_LENGTH;
  if (length > 0 && notice.bodyText.trim()) {
    lines.push(risLine('AB', excerpt(notice.bodyText, length)));
  }
  return lines;
}

export const RIS_END = `ER  - ${RIS_EOL}`;

export function noticeToRis(notice: Notice, options: ExportOptions = {}): string {
  return [...noticeRisLines(notice, options), RIS_END].join('');
}
