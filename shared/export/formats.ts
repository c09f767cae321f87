// The export formats by name. Each is begin + one chunk per notice + end, so the CLI can
// stream a large store to a file and the extension can build a string from a few clippings.
import type { Notice } from '../model.ts';
import { noticeToBibtex } from './bibtex.ts';
import { noticeToCsl } from './csl-json.ts';
import { csvHeader, noticeToCsvRow } from './csv.ts';
import type { ExportOptions } from './export-options.ts';
import { noticeToJsonLine } from './jsonl.ts';
import { noticeToMarkdown } from './markdown.ts';
import { noticeToRis } from './ris.ts';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'md', 'ris', 'bibtex', 'csl-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

export interface NoticeExporter {
  /** File name extension, without the dot. */
  extension: string;
  mediaType: string;
  begin(): string;
  item(notice: Notice, index: number): string;
  end(count: number): string;
}

export function createExporter(format: ExportFormat, options: ExportOptions = {}): NoticeExporter {
  const simple = (extension: string, mediaType: string, item: NoticeExporter['item']) => ({
    extension,
    mediaType,
    begin: () => '',
    item,
    end: () => '',
  });
  switch (format) {
    case 'jsonl':
      return simple('jsonl', 'application/jsonl', noticeToJsonLine);
    case 'csv':
      return { ...simple('csv', 'text/csv', (n) => noticeToCsvRow(n, options)), begin: csvHeader };
    case 'md':
      return simple('md', 'text/markdown', (n) => noticeToMarkdown(n, options));
    case 'ris':
      // A blank line between records, as reference managers write them.
      return simple(
        'ris',
        'application/x-research-info-systems',
        (n, i) => (i > 0 ? '\r\n' : '') + noticeToRis(n, options),
      );
    case 'bibtex':
      return simple(
        'bib',
        'application/x-bibtex',
        (n, i) => (i > 0 ? '\n' : '') + noticeToBibtex(n, options),
      );
    case 'csl-json':
      // A JSON array written piece by piece: `[`, items with commas, `]`.
      return {
        extension: 'json',
        mediaType: 'application/vnd.citationstyles.csl+json',
        begin: () => '[',
        item: (n, i) => `${i > 0 ? ',' : ''}\n  ${JSON.stringify(noticeToCsl(n, options))}`,
        end: (count) => (count > 0 ? '\n]\n' : ']\n'),
      };
  }
}

export function exportNotices(
  format: ExportFormat,
  notices: Iterable<Notice>,
  options: ExportOptions = {},
): string {
  const exporter = createExporter(format, options);
  let out = exporter.begin();
  let count = 0;
  for (const notice of notices) out += exporter.item(notice, count++);
  return out + exporter.end(count);
}
