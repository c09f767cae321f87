// The on-page panel: matches per rule, the page's clippings (and those not found), and
// previous/next match. Collapsible to one button; every control named in the user's language.
// Rule names are the user's own text, set as text.
import type { WatchRule } from '../../../../shared/model.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { h } from '../../pages/dom-builder.ts';
import { ruleColor } from '../rule-styles.ts';
import { createShadowUi } from './shadow-ui.ts';
import { PANEL_CSS } from './ui-css.ts';

export interface PanelCounts {
  /** Rule id → matches shown on the page. */
  perRule: ReadonlyMap<string, number>;
  /** Clippings re-anchored, and those that could not be found. */
  clips: number;
  orphans: number;
}

export interface PanelNavigation {
  step(direction: 1 | -1): number;
  readonly count: number;
  readonly position: number;
}

export function createPagePanel(
  doc: Document,
  t: (key: MessageKey) => string,
  rules: readonly WatchRule[],
  navigation: PanelNavigation,
  signal: AbortSignal,
) {
  const ui = createShadowUi(doc, 'kjwatch-panel', PANEL_CSS);
  const toggle = h('button', {
    type: 'button',
    class: 'toggle',
    'aria-expanded': 'true',
    'aria-controls': 'kjwatch-panel-body',
  });
  const ruleList = h('ul', { 'aria-labelledby': 'kjwatch-matches' });
  const clips = h('p', {});
  const orphans = h('p', {});
  const position = h('span', { class: 'position', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const previous = h('button', { type: 'button', 'aria-label': t('panelPrevious') }, '↑');
  const next = h('button', { type: 'button', 'aria-label': t('panelNext') }, '↓');
  const body = h(
    'div',
    { id: 'kjwatch-panel-body' },
    h('h2', { id: 'kjwatch-matches' }, t('panelMatches')),
    ruleList,
    clips,
    orphans,
    h('div', { class: 'nav' }, previous, position, next),
  );
  const panel = h('section', { class: 'card panel', 'aria-label': t('panelName') }, toggle, body);
  ui.root.append(panel);
  ui.setHidden(true);

  const showPosition = () => {
    position.textContent = `${navigation.position} / ${navigation.count}`;
  };
  const setExpanded = (expanded: boolean) => {
    toggle.setAttribute('aria-expanded', String(expanded));
    panel.classList.toggle('collapsed', !expanded);
    body.hidden = !expanded;
  };
  toggle.addEventListener('click', () =>
    setExpanded(toggle.getAttribute('aria-expanded') !== 'true'),
  );
  const go = (direction: 1 | -1) => () => {
    navigation.step(direction);
    showPosition();
  };
  previous.addEventListener('click', go(-1));
  next.addEventListener('click', go(1));
  signal.addEventListener('abort', () => ui.remove());

  return {
    update(counts: PanelCounts): void {
      const total = [...counts.perRule.values()].reduce((a, b) => a + b, 0);
      // The name is the visible text (the panel's name and its count), for voice control too.
      toggle.textContent = `${t('panelName')} · ${total}`;
      const items = rules.map((rule, i) => {
        const n = counts.perRule.get(rule.id) ?? 0;
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = ruleColor(rule, i);
        return n > 0
          ? h('li', {}, swatch, h('span', { class: 'name' }, rule.name || rule.id), String(n))
          : null;
      });
      ruleList.replaceChildren(...items.filter((li) => li !== null));
      if (total === 0) ruleList.replaceChildren(h('li', {}, t('panelNoMatches')));
      clips.textContent = `${t('panelClippings')}: ${counts.clips}`;
      orphans.textContent = `${t('panelOrphans')}: ${counts.orphans}`;
      orphans.hidden = counts.orphans === 0;
      previous.disabled = next.disabled = navigation.count === 0;
      showPosition();
      // Nothing to show, nothing in the way.
      ui.setHidden(total === 0 && counts.clips === 0 && counts.orphans === 0);
    },
  };
}
