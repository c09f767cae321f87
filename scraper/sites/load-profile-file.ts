import { parseHTML } from 'linkedom';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import {
  formatProfileProblems,
  validateSiteProfiles,
} from '../../shared/sites/validate-site-profile.ts';
import { CliError } from '../cli/errors.ts';
import { readJsonFile } from '../files/read-json-file.ts';

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
  const json = readJsonFile(path, 'profile file');
  const checked = validateSiteProfiles(json, { checkSelector: checkCssSelector });
  if (!checked.ok) {
    const n = checked.problems.length;
    throw new CliError(
      `profile file ${path} has ${n} problem${n === 1 ? '' : 's'}: ${formatProfileProblems(checked.problems)}`,
    );
  }
  return checked.value;
}
