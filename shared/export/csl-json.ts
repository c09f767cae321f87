// CSL-JSON (citeproc-js, pandoc, Zotero import) with the variables Zotero's CSL mapping uses
// for a report: institution → publisher, reportNumber → number, accessDate → accessed; an
// issuing body is a `literal` name so that no processor splits it into family/given.
import { parseDocumentNumber } from '../doc-number/find-document-numbers.ts';
import type { Notice } from '../model.ts';
import { excerpt, ruleLabels } from './excerpt.ts';
import { DEFAULT_ABSTRACT_LENGTH, type ExportOptions } from './export-options.ts';
import { type DateParts, isoDateParts } from './notice-dates.ts';

export interface CslDate {
  'date-parts': [DateParts];
}

export interface CslItem {
  id: string;
  type: 'report' | 'legislation';
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  number?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL: string;
  language: 'zh-CN';
  keyword?: string;
  note?: string;
  abstract?: string;
}

const cslDate = (parts: DateParts): CslDate => ({ 'date-parts': [parts] });

/** 令 (orders: 科学技术部令第24号) are regulations; everything else reads as a report. */
export function cslType(notice: Notice): CslItem['type'] {
  const number = notice.documentNumber && parseDocumentNumber(notice.documentNumber);
  return number && number.kind === 'order' ? 'legislation' : 'report';
}

export function noticeToCsl(notice: Notice, options: ExportOptions = {}): CslItem {
  const item: CslItem = {
    id: notice.id,
    type: cslType(notice),
    title: notice.title,
    URL: notice.url,
    language: 'zh-CN',
  };
  if (notice.publisher) {
    item.author = [{ literal: notice.publisher }];
    item.publisher = notice.publisher;
  }
  if (notice.documentNumber) item.number = notice.documentNumber;
  const issued = isoDateParts(notice.publishedAt);
  if (issued) item.issued = cslDate(issued);
  const accessed = isoDateParts(notice.fetchedAt);
  if (accessed) item.accessed = cslDate(accessed);
  const labels = ruleLabels(notice.matches, options.ruleNames);
  if (labels.length) item.keyword = labels.join(', ');
  const note = [
    notice.indexNumber && `索引号: ${notice.indexNumber}`,
    notice.column && `栏目: ${notice.column}`,
  ].filter(Boolean);
  if (note.length) item.note = note.join('\n');
  const length = options.abstractLength ?? DEFAULT_ABSTRACT_LENGTH;
  if (length > 0 && notice.bodyText.trim()) item.abstract = excerpt(notice.bodyText, length);
  return item;
}
