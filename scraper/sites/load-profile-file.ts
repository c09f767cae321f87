import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import {
  formatProfileProblems,
  validateSiteProfiles,
} from '../../shared/sites/validate-site-profile.ts';
import { CliError } from '../cli/errors.ts';

// One empty document to parse selectors with: linkedom throws on the same malformed selectors
// the crawler would otherwise fail on mid-crawl.
let probe: { querySelector(selector: string): unknown } | undefined;

/** Why linkedom cannot parse `selector`, or undefined when it can. */
export function checkCssSelector(selector: string): string | undefined {
  probe ??= parseHTML('<!doctype html><html><body></body></html>').document;
  try {
    probe.querySelector(selector);
    return undefined;
  } catch (err) {
    return (err instanceof Error ? err.message : String(err)).split('\n')[0];
  }
}

/** Reads a user site-profile file (one profile or an array); every problem goes into one line. */
export function loadProfileFile(path: string): SiteProfile[] {
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
    throw new CliError(`profile file ${path}: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(`profile file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  const checked = validateSiteProfiles(json, { checkSelector: checkCssSelector });
  if (!checked.ok) {
    const n = checked.problems.length;
    throw new CliError(
      `profile file ${path} has ${n} problem${n === 1 ? '' : 's'}: ${formatProfileProblems(checked.problems)}`,
    );
  }
  return checked.value;
}
