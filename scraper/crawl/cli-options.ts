// The options `kjwatch crawl` and `kjwatch schedule` share: which sites, which rules, and how
// politely to fetch. Bad values are one-line errors naming the option (DESIGN.md).
import type { Command } from 'commander';
import type { WatchRule } from '../../shared/model.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { builtInProfiles } from '../../shared/sites/index.ts';
import { CliError } from '../cli/errors.ts';
import { DB_OPTION_HELP } from '../cli/store-options.ts';
import { loadRulesFile } from '../rules/load-rules-file.ts';
import { loadProfileFile } from '../sites/load-profile-file.ts';
import type { CrawlOptions } from './crawl-types.ts';

export interface CrawlCliOptions {
  site?: string[];
  profile?: string[];
  rules?: string;
  db?: string;
  maxPages?: string;
  delay?: string;
  concurrency?: string;
  proxy?: string;
  contact?: string;
}

export function addCrawlOptions(command: Command): Command {
  return command
    .option('--site <id...>', 'only these site profiles (built-in or from --profile)')
    .option('--profile <file...>', 'site profile JSON files (one profile or an array each)')
    .option('--rules <file>', 'a kjwatch-rules file: matching rules are stored with each notice')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--max-pages <n>', 'list pages per site (default: the profile’s maxPages, else 5)')
    .option('--delay <ms>', 'pause between requests to one host', '1000')
    .option('--concurrency <n>', 'requests at a time per host', '1')
    .option(
      '--proxy <url>',
      'http://, https:// or socks5:// proxy (default: $HTTPS_PROXY, $ALL_PROXY)',
    )
    .option(
      '--contact <email>',
      'how site operators reach you, sent in the User-Agent ($KJWATCH_CONTACT)',
    );
}

function wholeNumber(name: string, value: string, min: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new CliError(`${name} must be a whole number ≥ ${min}, not "${value}"`, 2);
  }
  return Number(value);
}

/** Built-in profiles plus those of --profile files; --site picks among them (all when absent). */
export function selectProfiles(opts: CrawlCliOptions): SiteProfile[] {
  const fromFiles = (opts.profile ?? []).flatMap((file) => loadProfileFile(file));
  const available = [
    ...fromFiles,
    ...builtInProfiles.filter((b) => !fromFiles.some((f) => f.id === b.id)),
  ];
  if (!opts.site || opts.site.length === 0)
    return fromFiles.length > 0 ? fromFiles : [...builtInProfiles];
  const unknown = opts.site.filter((id) => !available.some((p) => p.id === id));
  if (unknown.length > 0) {
    throw new CliError(
      `unknown site ${unknown.join(', ')} (known: ${available.map((p) => p.id).join(', ')})`,
      2,
    );
  }
  return opts.site.map((id) => available.find((p) => p.id === id)!);
}

export function crawlSettingsFrom(
  opts: CrawlCliOptions,
): Omit<CrawlOptions, 'profiles' | 'store'> & { rules?: WatchRule[] } {
  if (opts.proxy !== undefined && !/^(?:https?|socks[45]?[ah]?):\/\/\S+$/i.test(opts.proxy)) {
    throw new CliError(
      `--proxy must be an http://, https:// or socks5:// URL, not "${opts.proxy}"`,
      2,
    );
  }
  return {
    ...(opts.rules ? { rules: loadRulesFile(opts.rules) } : {}),
    ...(opts.maxPages ? { maxPages: wholeNumber('--max-pages', opts.maxPages, 1) } : {}),
    delayMs: wholeNumber('--delay', opts.delay ?? '1000', 0),
    concurrency: wholeNumber('--concurrency', opts.concurrency ?? '1', 1),
    ...(opts.proxy ? { proxy: opts.proxy } : {}),
    ...(opts.contact ? { contact: opts.contact } : {}),
  };
}
