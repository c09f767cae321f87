import { readFileSync } from 'node:fs';
import type { WatchRule } from '../../shared/model.ts';
import { formatRuleProblems, parseWatchRules } from '../../shared/rules/validate-rules.ts';
import { CliError } from '../cli/errors.ts';

/** Reads and validates a kjwatch-rules file; every problem becomes one line for the user. */
export function loadRulesFile(path: string): WatchRule[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? 'unreadable');
    throw new CliError(`rules file ${path}: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(`rules file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = parseWatchRules(json);
  if (!parsed.ok) {
    const n = parsed.problems.length;
    throw new CliError(
      `rules file ${path} has ${n} problem${n === 1 ? '' : 's'}: ${formatRuleProblems(parsed.problems)}`,
    );
  }
  return parsed.rules;
}
