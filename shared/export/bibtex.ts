// BibTeX/biblatex as Zotero's BibTeX translator reads a report: @techreport → "report",
// institution → institution, number → reportNumber, urldate → accessDate, and an author that
// is one braced name → a single-field (corporate) creator. Chinese stays UTF-8 (biber,
// biblatex and Zotero read it; only 8-bit bibtex would need another route).
import type { Notice } from '../model.ts';
import { excerpt, ruleLabels } from './excerpt.ts';
import { DEFAULT_ABSTRACT_LENGTH, type ExportOptions } from './export-options.ts';
import { isoDate, isoDateParts } from './notice-dates.ts';

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * A field value safe inside `{…}`: TeX specials escaped, line breaks flattened (a blank
 * line would end a paragraph). An escaped brace still counts in BibTeX's brace matching, so
 * a lone { or } is balanced with an invisible partner, as Zotero does.
 */
export function bibtexEscape(value: string): string {
  return value
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\{}#$%&_~^]/g, (c) => {
      if (c === '{') return '\\{\\vphantom{\\}}';
      if (c === '}') return '\\vphantom{\\{}\\}';
      return SPECIAL[c] ?? c;
    });
}

/** URLs are read verbatim by biblatex: only what would break the entry is encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s\\]/g, (c) => encodeURIComponent(c));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An ASCII key (8-bit BibTeX and LaTeX \cite cannot take Han characters): site-year-id. */
export function bibtexKey(notice: Notice): string {
  const site = (notice.siteId ?? 'kjwatch').replace(/[^A-Za-z0-9-]/g, '-');
  const year = isoDateParts(notice.publishedAt)?.[0] ?? 'nd';
  return `${site}-${year}-${notice.id.replace(/[^A-Za-z0-9]/g, '')}`;
}

/** A field as written: name and the value with its braces (months are bare macros). */
export type BibtexField = [name: string, value: string];

/** A notice's fields; clipping entries add theirs (see clipping-bibtex.ts). */
export function noticeBibtexFields(notice: Notice, options: ExportOptions = {}): BibtexField[] {
  const fields: BibtexField[] = [['title', `{${bibtexEscape(notice.title)}}`]];
  if (notice.publisher) {
    const publisher = bibtexEscape(notice.publisher);
    fields.push(['author', `{{${publisher}}}`], ['institution', `{${publisher}}`]);
  }
  if (notice.documentNumber) fields.push(['number', `{${bibtexEscape(notice.documentNumber)}}`]);
  const published = isoDateParts(notice.publishedAt);
  if (published) {
    fields.push(['date', `{${isoDate(published)}}`], ['year', `{${published[0]}}`]);
    const month = published[1] === undefined ? undefined : MONTHS[published[1] - 1];
    if (month) fields.push(['month', month]);
  }
  fields.push(['url', `{${bibtexUrl(notice.url)}}`]);
  const accessed = isoDateParts(notice.fetchedAt);
  if (accessed) fields.push(['urldate', `{${isoDate(accessed)}}`]);
  fields.push(['language', '{zh-CN}']);
  const labels = ruleLabels(notice.matches, options.ruleNames);
  if (labels.length) fields.push(['keywords', `{${bibtexEscape(labels.join(', '))}}`]);
  const note = [
    notice.indexNumber && `索引号: ${notice.indexNumber}`,
    notice.column && `栏目: ${notice.column}`,
  ].filter(Boolean);
  if (note.length) fields.push(['note', `{${bibtexEscape(note.join('; '))}}`]);
  const length = options.abstractLength ?? DEFAULT_ABSTRACT_LENGTH;
  if (length > 0 && notice.bodyText.trim()) {
    fields.push(['abstract', `{${bibtexEscape(excerpt(notice.bodyText, length))}}`]);
  }
  return fields;
}

/** techreport requires an institution; without a publisher the notice is a plain web page. */
export function bibtexType(notice: Notice): 'techreport' | 'misc' {
  return notice.publisher ? 'techreport' : 'misc';
}

export function bibtexEntry(type: string, key: string, fields: readonly BibtexField[]): string {
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

export function noticeToBibtex(notice: Notice, options: ExportOptions = {}): string {
  return bibtexEntry(bibtexType(notice), bibtexKey(notice), noticeBibtexFields(notice, options));
}
