// The side panel: every clipping, searchable and filterable in memory (side-panel/), kept
// current by the background's change announcements.
import type { WatchRule } from '../../../shared/model.ts';
import { ClippingIndex } from '../library/clipping-index.ts';
import type { PageEvent } from '../protocol/page-events.ts';
import { sendRequest } from '../protocol/send-request.ts';
import { h } from './dom-builder.ts';
import { errorText } from './error-text.ts';
import { onPageEvent } from './page-events.ts';
import { loadPageLanguage } from './page-language.ts';
import { loadClippings } from './side-panel/load-clippings.ts';
import { SidePanel } from './side-panel/side-panel.ts';

async function loadRules(): Promise<WatchRule[]> {
  const answer = await sendRequest<'rules:list'>({ type: 'rules:list' });
  return answer.ok ? answer.value.rules : [];
}

async function loadOrphans(panel: SidePanel): Promise<void> {
  const answer = await sendRequest<'clippings:anchorStates'>({ type: 'clippings:anchorStates' });
  if (!answer.ok) return;
  panel.index.setOrphaned(
    answer.value.states.filter((s) => s.status === 'orphaned').map((s) => s.clippingId),
  );
}

async function onEvent(panel: SidePanel, event: PageEvent): Promise<void> {
  if (event.type === 'event:clippingsChanged') {
    panel.index.remove(event.removed);
    panel.index.upsert(event.upserted);
    panel.renderFilters();
  } else if (event.type === 'event:anchorStatesChanged') {
    await loadOrphans(panel);
  } else if (event.what === 'language') {
    panel.tr = await loadPageLanguage();
    panel.render();
    return;
  } else if (event.what === 'rules') {
    panel.rules = await loadRules();
    panel.index.setRules(panel.rules);
    panel.renderFilters();
  }
  panel.refresh();
}

export async function renderSidePanel(root: HTMLElement): Promise<void> {
  const tr = await loadPageLanguage();
  document.title = tr.t('sidePanelTitle');
  root.replaceChildren(h('p', {}, tr.t('loading')));
  // Marks for the bench's breakdown of opening the panel (read, index, first render).
  performance.mark('kjwatch:panel-start');
  const [list, rules] = await Promise.all([loadClippings(), loadRules()]);
  performance.mark('kjwatch:clippings-read');
  if (!list.ok) {
    root.replaceChildren(
      h('h1', {}, tr.t('clippingsHeading')),
      h('p', { role: 'alert' }, errorText(list.error, tr.t)),
    );
    return;
  }
  const panel = new SidePanel(root, tr, new ClippingIndex(list.value, rules), rules);
  performance.mark('kjwatch:index-built');
  await loadOrphans(panel);
  panel.render();
  performance.mark('kjwatch:rendered');
  root.dataset.ready = '';
  onPageEvent((event) => void onEvent(panel, event));
  // A delete still waiting for its undo window is carried out when the panel closes.
  window.addEventListener('pagehide', () => panel.toast.flush());
}
