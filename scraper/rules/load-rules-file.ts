import type { WatchRule } from '../../shared/model.ts';
import { formatRuleProblems, parseWatchRules } from '../../shared/rules/validate-rules.ts';
import { CliError } from '../cli/errors.ts';
import { readJsonFile } from '../files/read-json-file.ts';

/** Reads and validates a kjwatch-rules file; every problem becomes one line for the user. */
export function loadRulesFile(path: string): WatchRule[] {
  const json = readJsonFile(path, 'rules file');
  const parsed = parseWatchRules(json);
  if (!parsed.ok) {
    const n = parsed.problems.length;
    throw new CliError(
      `rules file ${path} has ${n} problem${n === 1 ? '' : 's'}: ${formatRuleProblems(parsed.problems)}`,
    );
  }
  return parsed.rules;
}
