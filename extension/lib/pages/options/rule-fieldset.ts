// One rule in the editor: a fieldset whose inputs write straight into the draft (no re-render
// while typing, so focus and caret stay). Problems from the last check sit under their field,
// linked by aria-describedby and flagged aria-invalid.
import { ruleColor } from '../../content/rule-styles.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';
import { type RuleDraft, ruleFromDraft } from './rule-draft.ts';
import type { RuleField } from './rule-problems.ts';

export interface RuleFieldsetProps {
  tr: Translator;
  draft: RuleDraft;
  index: number;
  problems: ReadonlyMap<RuleField, string[]> | undefined;
  onChange(): void;
  onDelete(): void;
}

/** `#abc` → `#aabbcc`, `#aabbccdd` → `#aabbcc`: what <input type=color> can show. */
function sixDigit(color: string): string {
  if (/^#[0-9a-f]{3}$/i.test(color)) return `#${[...color.slice(1)].map((c) => c + c).join('')}`;
  return color.slice(0, 7).toLowerCase();
}

export function ruleFieldset(props: RuleFieldsetProps): HTMLFieldSetElement {
  const { tr, draft, index } = props;
  const base = `rule-${draft.key}`;
  const note = (field: RuleField, control: HTMLElement) => {
    const messages = props.problems?.get(field);
    if (!messages) return null;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', `${base}-${field}-problem`);
    return h('p', { class: 'problem', id: `${base}-${field}-problem` }, messages.join('; '));
  };
  const text = (field: 'id' | 'name' | 'sites', label: string) => {
    const input = h('input', { type: 'text', name: field });
    input.value = draft[field];
    input.addEventListener('input', () => {
      draft[field] = input.value;
      props.onChange();
    });
    return h('div', { class: 'field' }, h('label', {}, label, ' ', input), note(field, input));
  };
  const terms = (field: 'any' | 'all' | 'none', label: string) => {
    const area = h('textarea', { name: field, rows: '3' });
    area.value = draft[field];
    area.addEventListener('input', () => {
      draft[field] = area.value;
      props.onChange();
    });
    return h('div', { class: 'field' }, h('label', {}, label, area), note(field, area));
  };
  const color = h('input', { type: 'color', name: 'color' });
  color.value = sixDigit(draft.color ?? ruleColor({ id: draft.id }, index));
  color.addEventListener('input', () => {
    draft.color = color.value;
    props.onChange();
  });
  const check = (field: 'title' | 'body', label: string) => {
    const box = h('input', { type: 'checkbox', name: field });
    box.checked = draft[field];
    box.addEventListener('change', () => {
      draft[field] = box.checked;
      props.onChange();
    });
    return h('label', {}, box, ' ', label);
  };
  const fields = h(
    'fieldset',
    { class: 'rule-fields' },
    h('legend', {}, tr.t('ruleFields')),
    check('title', tr.t('ruleFieldTitle')),
    check('body', tr.t('ruleFieldBody')),
  );
  const remove = h('button', { type: 'button', class: 'delete-rule' }, tr.t('deleteRule'));
  remove.addEventListener('click', props.onDelete);
  const name = (ruleFromDraft(draft).name as string | undefined) ?? draft.id;
  return h(
    'fieldset',
    { class: 'rule', 'data-rule': draft.id },
    h('legend', {}, `${tr.f('ruleLegend', { n: index + 1 })}: ${name}`),
    text('id', tr.t('ruleId')),
    text('name', tr.t('ruleName')),
    h(
      'div',
      { class: 'field' },
      h('label', {}, tr.t('ruleColor'), ' ', color),
      note('color', color),
    ),
    terms('any', tr.t('ruleAny')),
    terms('all', tr.t('ruleAll')),
    terms('none', tr.t('ruleNone')),
    fields,
    note('fields', fields),
    text('sites', tr.t('ruleSites')),
    remove,
  );
}
