// The clipping export formats by name, for the side panel's export buttons: each has the label
// its button is named by (the same in every language), a file extension and a media type.
import type { Clipping } from '../model.ts';
import { clippingsToAnnotationCollection } from './clipping-annotation.ts';
import { clippingsToBackupJson } from './clipping-backup.ts';
import { clippingsToBibtex } from './clipping-bibtex.ts';
import { clippingsToCslJson } from './clipping-csl-json.ts';
import { clippingsToCsv } from './clipping-csv.ts';
import { clippingsToMarkdown } from './clipping-markdown.ts';
import { clippingsToRis } from './clipping-ris.ts';

export const CLIPPING_EXPORT_FORMATS = [
  'csv',
  'json',
  'md',
  'ris',
  'bibtex',
  'csl-json',
  'jsonld',
] as const;
export type ClippingExportFormat = (typeof CLIPPING_EXPORT_FORMATS)[number];

export interface ClippingExporter {
  label: string;
  /** The end of the file name: `.csv`, `-csl.json` (two JSON formats must not share a name). */
  suffix: string;
  mediaType: string;
  write(clippings: readonly Clipping[], now: Date): string;
}

export const CLIPPING_EXPORTERS: Readonly<Record<ClippingExportFormat, ClippingExporter>> = {
  csv: { label: 'CSV', suffix: '.csv', mediaType: 'text/csv', write: (c) => clippingsToCsv(c) },
  json: {
    label: 'JSON',
    suffix: '.json',
    mediaType: 'application/json',
    write: clippingsToBackupJson,
  },
  md: {
    label: 'Markdown',
    suffix: '.md',
    mediaType: 'text/markdown',
    write: (c) => clippingsToMarkdown(c),
  },
  ris: {
    label: 'RIS',
    suffix: '.ris',
    mediaType: 'application/x-research-info-systems',
    write: (c) => clippingsToRis(c),
  },
  bibtex: {
    label: 'BibTeX',
    suffix: '.bib',
    mediaType: 'application/x-bibtex',
    write: (c) => clippingsToBibtex(c),
  },
  'csl-json': {
    label: 'CSL-JSON',
    suffix: '-csl.json',
    mediaType: 'application/vnd.citationstyles.csl+json',
    write: (c) => clippingsToCslJson(c),
  },
  jsonld: {
    label: 'JSON-LD',
    suffix: '.jsonld',
    mediaType: 'application/ld+json',
    write: (c, now) =>
      `${JSON.stringify(clippingsToAnnotationCollection(c, `kjwatch clippings ${now.toISOString()}`), null, 1)}\n`,
  },
};

/** `kjwatch-clippings-20240105.csv`: the local date, so a day's exports sort together. */
export function clippingExportFileName(format: ClippingExportFormat, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `kjwatch-clippings-${day}${CLIPPING_EXPORTERS[format].suffix}`;
}
