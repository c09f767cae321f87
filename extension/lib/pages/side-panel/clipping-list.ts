// The results, grouped by page: pages in the order of their newest clipping, each page's
// clippings newest first. Only the first `limit` clippings are built (50,000 list items would
// take seconds); "show more" raises the limit.
import { groupByPage } from '../../../../shared/export/clipping-notice.ts';
import type { Clipping } from '../../../../shared/model.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';
import { type ClippingActions, clippingItem } from './clipping-item.ts';

export interface ListState {
  tr: Translator;
  results: readonly Clipping[];
  limit: number;
  editing: string | undefined;
  isOrphaned(id: string): boolean;
  actions: ClippingActions;
  showMore(): void;
}

function pageGroup(group: readonly Clipping[], s: ListState): HTMLElement {
  const first = group[0]!;
  const title = first.notice?.title || first.pageTitle || first.url;
  return h(
    'li',
    { class: 'page', 'data-url': first.url },
    h('h2', {}, h('a', { href: first.url, target: '_blank', rel: 'noopener noreferrer' }, title)),
    h(
      'ul',
      { class: 'page-clippings' },
      ...group.map((c) =>
        clippingItem(c, {
          tr: s.tr,
          orphaned: s.isOrphaned(c.id),
          editing: s.editing === c.id,
          actions: s.actions,
        }),
      ),
    ),
  );
}

export function clippingList(s: ListState): HTMLElement {
  if (s.results.length === 0) return h('p', { class: 'empty' }, s.tr.t('noMatches'));
  const shown = s.results.slice(0, s.limit);
  const list = h(
    'ol',
    { id: 'clippings', class: 'pages' },
    ...groupByPage(shown).map((g) => pageGroup(g, s)),
  );
  if (s.results.length <= s.limit) return list;
  const more = h('button', { type: 'button', class: 'more' }, s.tr.t('showMore'));
  more.addEventListener('click', () => s.showMore());
  return h('div', {}, list, more);
}
