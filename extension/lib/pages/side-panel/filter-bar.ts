// The side panel's search box and filters. Every change calls back with the whole query; the
// search runs on each keystroke (it takes milliseconds), so there is no search button.
import type { WatchRule } from '../../../../shared/model.ts';
import type { ClippingQuery } from '../../library/clipping-query.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';
import { siteLabel } from '../site-label.ts';

export interface FilterBarProps {
  tr: Translator;
  query: ClippingQuery;
  tags: readonly [string, number][];
  hosts: readonly [string, number][];
  rules: readonly WatchRule[];
  /** One part of the query changed (undefined: that filter is off). */
  onPatch(patch: Partial<ClippingQuery>): void;
  onClear(): void;
}

type Key = 'tag' | 'host' | 'rule';

export function filterBar(props: FilterBarProps): HTMLElement {
  const { tr, query } = props;
  // Patches, not whole queries: this bar is not rebuilt on every change, so its `query` ages.
  const set = (patch: Partial<ClippingQuery>) => props.onPatch(patch);
  const search = h('input', {
    type: 'search',
    id: 'search',
    'aria-label': tr.t('searchClippings'),
    placeholder: tr.t('searchHint'),
  });
  search.value = query.text ?? '';
  search.addEventListener('input', () => set({ text: search.value }));

  const select = (key: Key, label: string, options: [value: string, text: string][]) => {
    // Named by aria-label: a label wrapping a select would add the chosen option to its name.
    const el = h('select', { name: key, 'aria-label': label });
    el.append(h('option', { value: '' }, tr.t('filterAll')));
    for (const [value, text] of options) el.append(h('option', { value }, text));
    el.value = query[key] ?? '';
    el.addEventListener('change', () => set({ [key]: el.value || undefined }));
    return h('label', {}, label, ' ', el);
  };
  const date = (key: 'from' | 'to', label: string) => {
    const el = h('input', { type: 'date', name: key, 'aria-label': label });
    el.value = query[key] ?? '';
    el.addEventListener('change', () => set({ [key]: el.value || undefined }));
    return h('label', {}, label, ' ', el);
  };
  const orphaned = h('input', { type: 'checkbox', name: 'orphaned' });
  orphaned.checked = query.orphanedOnly === true;
  orphaned.addEventListener('change', () => set({ orphanedOnly: orphaned.checked || undefined }));
  const clear = h('button', { type: 'button' }, tr.t('clearFilters'));
  clear.addEventListener('click', () => props.onClear());

  return h(
    'div',
    { role: 'search', class: 'filters' },
    search,
    h(
      'div',
      { class: 'filter-row' },
      select(
        'tag',
        tr.t('filterTag'),
        props.tags.map(([tag, n]) => [tag, `${tag} (${n})`]),
      ),
      select(
        'host',
        tr.t('filterSite'),
        props.hosts.map(([host, n]) => [host, `${siteLabel(host)} (${n})`]),
      ),
      select(
        'rule',
        tr.t('filterRule'),
        props.rules.map((r) => [r.id, r.name ? `${r.name} (${r.id})` : r.id]),
      ),
    ),
    h(
      'div',
      { class: 'filter-row' },
      date('from', tr.t('filterFrom')),
      date('to', tr.t('filterTo')),
    ),
    h('div', { class: 'filter-row' }, h('label', {}, orphaned, ' ', tr.t('filterOrphaned')), clear),
  );
}
