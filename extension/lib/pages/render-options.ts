// The options page: language, watch rules (editor and the kjwatch-rules file), sites. State is
// kept here across re-renders; a language change announced by the background (from this page
// or another) renders everything again in the new language.
import { sendRequest } from '../protocol/send-request.ts';
import { DEFAULT_SITE_SETTINGS } from '../sites/site-settings.ts';
import { h } from './dom-builder.ts';
import { errorText } from './error-text.ts';
import { languageSection } from './options/language-section.ts';
import { draftFromRule } from './options/rule-draft.ts';
import { type RuleEditorState, ruleEditor } from './options/rule-editor.ts';
import { type SitesState, sitesSection } from './options/sites-section.ts';
import { onPageEvent } from './page-events.ts';
import { loadPageLanguage } from './page-language.ts';

export async function renderOptions(root: HTMLElement): Promise<void> {
  const tr = await loadPageLanguage();
  const [rules, settings] = await Promise.all([
    sendRequest<'rules:list'>({ type: 'rules:list' }),
    sendRequest<'settings:get'>({ type: 'settings:get' }),
  ]);
  const saved = rules.ok ? rules.value.rules : [];
  const editor: RuleEditorState = {
    tr,
    drafts: saved.map(draftFromRule),
    saved,
    problems: [],
    status: rules.ok ? undefined : { ok: false, text: errorText(rules.error, tr.t), details: [] },
    dirty: false,
  };
  const sites: SitesState = {
    tr,
    sites: settings.ok ? settings.value.sites : DEFAULT_SITE_SETTINGS,
    status: undefined,
    async save(next) {
      const answer = await sendRequest<'sites:set'>({ type: 'sites:set', sites: next });
      if (!answer.ok) return errorText(answer.error, sites.tr.t);
      sites.sites = answer.value.sites;
      return undefined;
    },
  };
  const render = () => {
    const { tr } = editor;
    document.title = tr.t('optionsTitle');
    root.replaceChildren(
      h('h1', {}, tr.t('optionsTitle')),
      languageSection(tr, (language) => {
        void sendRequest<'settings:setLanguage'>({ type: 'settings:setLanguage', language });
      }),
      ruleEditor(editor, render),
      sitesSection(sites, render),
    );
  };
  render();
  root.dataset.ready = '';
  onPageEvent((event) => {
    if (event.type !== 'event:settingsChanged') return;
    if (event.what === 'language') {
      void loadPageLanguage().then((next) => {
        editor.tr = next;
        sites.tr = next;
        render();
      });
    } else if (event.what === 'rules' && !editor.dirty) {
      void sendRequest<'rules:list'>({ type: 'rules:list' }).then((answer) => {
        if (!answer.ok) return;
        editor.saved = answer.value.rules;
        editor.drafts = editor.saved.map(draftFromRule);
        render();
      });
    }
  });
}
