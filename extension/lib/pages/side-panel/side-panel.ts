// The side panel's state and layout: the in-memory index (library/clipping-index.ts), the
// query, how many results are built, which clipping is being edited. Typing re-renders only
// the list; a change announced by the background updates the index, the filters and the list;
// a language change rebuilds everything from the same state.
import {
  CLIPPING_EXPORTERS,
  type ClippingExportFormat,
  clippingExportFileName,
} from '../../../../shared/export/clipping-formats.ts';
import type { Clipping, WatchRule } from '../../../../shared/model.ts';
import type { ClippingIndex } from '../../library/clipping-index.ts';
import type { ClippingQuery } from '../../library/clipping-query.ts';
import { h } from '../dom-builder.ts';
import { downloadText } from '../download-file.ts';
import type { Translator } from '../page-language.ts';
import type { ClippingActions } from './clipping-item.ts';
import { clippingList } from './clipping-list.ts';
import { exportBar } from './export-bar.ts';
import { filterBar } from './filter-bar.ts';
import { importBackup, showImportReport } from './import-backup.ts';
import { createClippingActions } from './side-panel-actions.ts';
import { createUndoToast } from './undo-toast.ts';

const PAGE_SIZE = 100;

export class SidePanel {
  query: ClippingQuery = {};
  limit = PAGE_SIZE;
  editing: string | undefined;
  results: Clipping[] = [];
  readonly toast = createUndoToast();
  /** Errors of actions (a failed save or delete), shown until the next one. */
  readonly alert = h('p', { role: 'alert', class: 'problem' });
  private readonly importStatus = h('div', { class: 'import-status' });
  private readonly filters = h('div');
  private readonly count = h('p', { id: 'count' });
  private readonly exports = h('div');
  private readonly list = h('div', { class: 'results' });
  private readonly actions: ClippingActions;

  constructor(
    private readonly root: HTMLElement,
    public tr: Translator,
    readonly index: ClippingIndex,
    public rules: readonly WatchRule[],
  ) {
    this.actions = createClippingActions(this);
  }

  render(): void {
    document.title = this.tr.t('sidePanelTitle');
    this.root.replaceChildren(
      h('h1', {}, this.tr.t('clippingsHeading')),
      this.filters,
      this.count,
      this.exports,
      this.alert,
      this.list,
      this.toast.element,
    );
    this.renderFilters();
    this.refresh();
  }

  /** The filter choices follow the data (tags, sites, rules); the search box keeps its focus. */
  renderFilters(): void {
    const focused = document.activeElement?.id === 'search';
    this.filters.replaceChildren(
      filterBar({
        tr: this.tr,
        query: this.query,
        tags: this.index.tagCounts(),
        hosts: this.index.hostCounts(),
        rules: this.rules,
        onPatch: (patch) => this.setQuery({ ...this.query, ...patch }),
        onClear: () => this.setQuery({}),
      }),
    );
    if (focused) document.getElementById('search')?.focus();
  }

  setQuery(query: ClippingQuery): void {
    const set = Object.entries(query).filter(([, v]) => v !== undefined && v !== '');
    this.query = Object.fromEntries(set);
    this.limit = PAGE_SIZE;
    // Clearing must empty the controls too; other changes came from the controls.
    if (set.length === 0) this.renderFilters();
    this.refresh();
  }

  /** Searches again and rebuilds the list, the count and the export bar. */
  refresh(): void {
    const { tr } = this;
    this.results = this.index.search(this.query);
    this.count.textContent = tr.f('resultCount', {
      shown: this.results.length,
      total: this.index.size,
    });
    this.exports.replaceChildren(
      exportBar({
        tr,
        count: this.results.length,
        onExport: (format) => this.export(format),
        onImport: (file) => void this.import(file),
        importStatus: this.importStatus,
      }),
    );
    this.list.replaceChildren(
      clippingList({
        tr,
        results: this.results,
        limit: this.limit,
        editing: this.editing,
        isOrphaned: (id) => this.index.isOrphaned(id),
        actions: this.actions,
        showMore: () => {
          this.limit += PAGE_SIZE;
          this.refresh();
        },
      }),
    );
  }

  export(format: ClippingExportFormat): void {
    const now = new Date();
    const exporter = CLIPPING_EXPORTERS[format];
    downloadText(
      exporter.write(this.results, now),
      clippingExportFileName(format, now),
      exporter.mediaType,
    );
  }

  async import(file: File): Promise<void> {
    this.importStatus.setAttribute('role', 'status');
    this.importStatus.textContent = this.tr.t('importing');
    const report = await importBackup(await file.text(), this.tr, (written) =>
      this.index.upsert(written),
    );
    showImportReport(this.importStatus, report);
    this.renderFilters();
    this.refresh();
  }
}
