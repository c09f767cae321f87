// Saving the editor's rules, and the `kjwatch-rules` file in and out. The file format is the
// CLI's (DESIGN.md "Watch rules"); the background checks every file again before storing it.

import type { WatchRule } from '../../../../shared/model.ts';
import {
  formatRuleProblems,
  parseWatchRules,
  RULES_FORMAT_NAME,
  RULES_FORMAT_VERSION,
  type RuleProblem,
} from '../../../../shared/rules/validate-rules.ts';
import { sendRequest } from '../../protocol/send-request.ts';
import { downloadText } from '../download-file.ts';
import { errorText } from '../error-text.ts';
import { draftFromRule, ruleFromDraft } from './rule-draft.ts';
import type { RuleEditorState } from './rule-editor.ts';

const details = (problems: readonly RuleProblem[]) => problems.map((p) => formatRuleProblems([p]));

async function replaceRules(
  file: unknown,
  state: RuleEditorState,
): Promise<WatchRule[] | undefined> {
  const answer = await sendRequest<'rules:replace'>({ type: 'rules:replace', file });
  if (answer.ok) return answer.value.rules;
  state.problems = answer.error.problems ?? [];
  state.status = { ok: false, text: errorText(answer.error, state.tr.t), details: [] };
  return undefined;
}

export async function saveDrafts(state: RuleEditorState): Promise<void> {
  const { tr } = state;
  const file = {
    formatName: RULES_FORMAT_NAME,
    formatVersion: RULES_FORMAT_VERSION,
    rules: state.drafts.map(ruleFromDraft),
  };
  const parsed = parseWatchRules(file);
  if (!parsed.ok) {
    state.problems = parsed.problems;
    state.status = {
      ok: false,
      text: tr.f('rulesProblems', { n: parsed.problems.length }),
      details: details(parsed.problems),
    };
    return;
  }
  const rules = await replaceRules(file, state);
  if (!rules) return;
  state.problems = [];
  state.saved = rules;
  state.dirty = false;
  state.status = { ok: true, text: tr.f('rulesSaved', { n: rules.length }), details: [] };
}

export async function importRulesFile(file: File, state: RuleEditorState): Promise<void> {
  const { tr } = state;
  let data: unknown;
  try {
    data = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    state.status = { ok: false, text: tr.f('rulesFileNotJson', { detail }), details: [] };
    return;
  }
  const parsed = parseWatchRules(data);
  if (!parsed.ok) {
    // Problems of a file are listed as a whole: its rules are not in the editor to point at.
    state.status = {
      ok: false,
      text: tr.f('rulesFileInvalid', { n: parsed.problems.length }),
      details: details(parsed.problems),
    };
    return;
  }
  const rules = await replaceRules(data, state);
  if (!rules) return;
  state.saved = rules;
  state.drafts = rules.map(draftFromRule);
  state.problems = [];
  state.dirty = false;
  state.status = { ok: true, text: tr.f('rulesImported', { n: rules.length }), details: [] };
}

export function exportRulesFile(rules: readonly WatchRule[]): void {
  const file = { formatName: RULES_FORMAT_NAME, formatVersion: RULES_FORMAT_VERSION, rules };
  downloadText(`${JSON.stringify(file, null, 2)}\n`, 'kjwatch-rules.json', 'application/json');
}
