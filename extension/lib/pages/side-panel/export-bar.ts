// Export buttons, one per format and named by it (CSV, JSON, Markdown, …), for the clippings
// the list shows; and the backup import, a file input.
import {
  CLIPPING_EXPORT_FORMATS,
  CLIPPING_EXPORTERS,
  type ClippingExportFormat,
} from '../../../../shared/export/clipping-formats.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';

export interface ExportBarProps {
  tr: Translator;
  count: number;
  onExport(format: ClippingExportFormat): void;
  onImport(file: File): void;
  /** The outcome of the last import, kept across re-renders. */
  importStatus: HTMLElement;
}

export function exportBar(props: ExportBarProps): HTMLElement {
  const { tr } = props;
  const buttons = CLIPPING_EXPORT_FORMATS.map((format) => {
    const b = h(
      'button',
      { type: 'button', 'data-format': format },
      CLIPPING_EXPORTERS[format].label,
    );
    if (props.count === 0) b.disabled = true;
    b.addEventListener('click', () => props.onExport(format));
    return b;
  });
  const file = h('input', { type: 'file', accept: '.json,application/json', name: 'backup' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) props.onImport(chosen);
  });
  return h(
    'section',
    { class: 'export', 'aria-label': tr.t('exportHeading') },
    h('p', {}, tr.f('exportHint', { n: props.count })),
    h('div', { class: 'formats' }, ...buttons),
    h('label', { class: 'import' }, tr.t('importBackup'), ' ', file),
    props.importStatus,
  );
}
