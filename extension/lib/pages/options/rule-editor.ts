// The watch-rule editor: one fieldset per rule, add / delete / save, and the `kjwatch-rules`
// file the CLI uses (import replaces the rules, export downloads them). Saving checks the rules
// with parseWatchRules first and shows each problem at its rule and field.
import type { WatchRule } from '../../../../shared/model.ts';
import type { RuleProblem } from '../../../../shared/rules/validate-rules.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';
import { newDraft, type RuleDraft } from './rule-draft.ts';
import { ruleFieldset } from './rule-fieldset.ts';
import { problemsByField } from './rule-problems.ts';
import { exportRulesFile, importRulesFile, saveDrafts } from './rules-actions.ts';

export interface StatusReport {
  ok: boolean;
  text: string;
  details: string[];
}

export interface RuleEditorState {
  tr: Translator;
  drafts: RuleDraft[];
  /** The rules as stored (what export writes). */
  saved: WatchRule[];
  problems: RuleProblem[];
  status: StatusReport | undefined;
  /** Unsaved edits: a rules change from elsewhere must not overwrite them. */
  dirty: boolean;
}

export function statusElement(status: StatusReport | undefined): HTMLElement {
  const el = h('div', { class: 'status', role: status && !status.ok ? 'alert' : 'status' });
  if (status) {
    el.append(h('p', {}, status.text));
    if (status.details.length) el.append(h('ul', {}, ...status.details.map((d) => h('li', {}, d))));
  }
  return el;
}

export function ruleEditor(state: RuleEditorState, rerender: () => void): HTMLElement {
  const { tr } = state;
  const byRule = problemsByField(state.problems);
  const file = h('input', { type: 'file', name: 'rules-file', accept: '.json,application/json' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) void importRulesFile(chosen, state).then(rerender);
  });
  const button = (label: string, onClick: () => void, name: string) => {
    const b = h('button', { type: 'button', name }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const sets = state.drafts.map((draft, index) =>
    ruleFieldset({
      tr,
      draft,
      index,
      problems: byRule.get(index),
      onChange: () => {
        state.dirty = true;
      },
      onDelete: () => {
        state.drafts.splice(index, 1);
        state.dirty = true;
        state.problems = [];
        rerender();
      },
    }),
  );
  return h(
    'section',
    { 'aria-labelledby': 'rules-heading', class: 'rules' },
    h('h2', { id: 'rules-heading' }, tr.t('rulesHeading')),
    h(
      'div',
      { class: 'rules-file' },
      h('label', {}, tr.t('importRules'), ' ', file),
      button(tr.t('exportRules'), () => exportRulesFile(state.saved), 'export-rules'),
    ),
    statusElement(state.status),
    ...sets,
    h(
      'div',
      { class: 'actions' },
      button(
        tr.t('addRule'),
        () => {
          state.drafts.push(newDraft(state.drafts));
          state.dirty = true;
          rerender();
        },
        'add-rule',
      ),
      button(tr.t('saveRules'), () => void saveDrafts(state).then(rerender), 'save-rules'),
    ),
  );
}
