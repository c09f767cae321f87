// Sites: the built-in ones on and off, and sites the user adds. Adding asks the browser for
// that host's optional permission — in the click itself (browsers allow the prompt only in a
// user gesture) — and only then stores the host; the background registers the content script
// for it (user-site-scripts.ts).
import { browser } from 'wxt/browser';
import { builtInHostKeys } from '../../sites/site-hosts.ts';
import { parseSiteHost, siteOrigins } from '../../sites/site-input.ts';
import type { SiteSettings } from '../../sites/site-settings.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';
import { siteLabel } from '../site-label.ts';
import { type StatusReport, statusElement } from './rule-editor.ts';

export interface SitesState {
  tr: Translator;
  sites: SiteSettings;
  status: StatusReport | undefined;
  /** Stores the setting; resolves to an error text, or undefined when saved. */
  save(sites: SiteSettings): Promise<string | undefined>;
}

function builtInList(state: SitesState, rerender: () => void): HTMLElement {
  const items = builtInHostKeys().map((host) => {
    const box = h('input', { type: 'checkbox', name: 'site', value: host });
    box.checked = !state.sites.disabled.includes(host);
    box.addEventListener('change', () => {
      const disabled = state.sites.disabled.filter((d) => d !== host);
      if (!box.checked) disabled.push(host);
      void state.save({ ...state.sites, disabled }).then(rerender);
    });
    return h('li', {}, h('label', {}, box, ' ', siteLabel(host)));
  });
  return h('ul', { class: 'sites' }, ...items);
}

function addedList(state: SitesState, rerender: () => void): HTMLElement {
  const { tr } = state;
  if (state.sites.added.length === 0) return h('p', {}, tr.t('noAddedSites'));
  const items = state.sites.added.map((host) => {
    const remove = h('button', { type: 'button', 'aria-label': tr.f('removeSite', { host }) }, '×');
    remove.addEventListener('click', () => {
      const added = state.sites.added.filter((a) => a !== host);
      void state.save({ ...state.sites, added }).then(rerender);
      // The permission goes too: kjwatch keeps no access it does not use.
      void browser.permissions.remove({ origins: siteOrigins(host) }).catch(() => false);
    });
    return h('li', {}, host, ' ', remove);
  });
  return h('ul', { class: 'sites added' }, ...items);
}

function addForm(state: SitesState, rerender: () => void): HTMLFormElement {
  const { tr } = state;
  const input = h('input', { type: 'text', name: 'site-address', autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'add-site' },
    h('label', {}, tr.t('siteAddress'), ' ', input),
    h('button', { type: 'submit' }, tr.t('addSite')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = parseSiteHost(input.value);
    if (!host) {
      state.status = { ok: false, text: tr.f('siteInvalid', { input: input.value }), details: [] };
      return rerender();
    }
    // No await before this call: the prompt needs the click's user gesture.
    void browser.permissions.request({ origins: siteOrigins(host) }).then(async (granted) => {
      if (!granted) state.status = { ok: false, text: tr.f('siteDenied', { host }), details: [] };
      else {
        const added = [...state.sites.added.filter((a) => a !== host), host];
        const error = await state.save({ ...state.sites, added });
        state.status = { ok: !error, text: error ?? tr.f('siteAdded', { host }), details: [] };
      }
      rerender();
    });
  });
  return form;
}

export function sitesSection(state: SitesState, rerender: () => void): HTMLElement {
  const { tr } = state;
  return h(
    'section',
    { 'aria-labelledby': 'sites-heading', class: 'sites-section' },
    h('h2', { id: 'sites-heading' }, tr.t('sitesHeading')),
    h('h3', {}, tr.t('builtInSites')),
    builtInList(state, rerender),
    h('h3', {}, tr.t('addedSites')),
    addedList(state, rerender),
    addForm(state, rerender),
    statusElement(state.status),
  );
}
