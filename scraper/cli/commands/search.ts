import type { Command } from 'commander';
import { ANSI_BOLD_MARK, BRACKET_MARK } from '../../../shared/search/highlight.ts';
import { loadRulesFile } from '../../rules/load-rules-file.ts';
import type { SearchHit } from '../../store/store-types.ts';
import { CliError } from '../errors.ts';
import { DB_OPTION_HELP, parseLimit, parseSinceDate, withStore } from '../store-options.ts';
import { exitQuietlyOnBrokenPipe } from '../write-output.ts';

interface SearchOpts {
  site?: string;
  since?: string;
  rules?: string;
  limit?: string;
  db?: string;
  json?: boolean;
}

function formatHit(hit: SearchHit): string {
  const head = [hit.publishedAt?.slice(0, 10) ?? '—', hit.siteId ?? '', hit.titleHighlighted]
    .filter(Boolean)
    .join('  ');
  const lines = [head];
  if (hit.snippet) lines.push(`  ${hit.snippet}`);
  lines.push(`  ${hit.url}${hit.repostOf ? `  (repost of ${hit.repostOf})` : ''}`);
  return `${lines.join('\n')}\n`;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search of stored notices (simplified/traditional, any width)')
    .argument('<query>', 'words that must all occur; 巡視 finds 巡视, ＡＩ finds AI')
    .option('--site <id>', 'only notices of this site profile')
    .option('--since <date>', 'only notices published on or after this date (YYYY-MM-DD)')
    .option('--rules <file>', 'only notices that a kjwatch-rules file matches')
    .option('--limit <n>', 'most results to show', '20')
    .option('--db <path>', DB_OPTION_HELP)
    .option('--json', 'print the hits as JSON')
    .action(async (query: string, opts: SearchOpts) => {
      exitQuietlyOnBrokenPipe();
      if (query.trim() === '') throw new CliError('search needs a non-empty query', 2);
      const limit = parseLimit(opts.limit ?? '20');
      const since = opts.since === undefined ? undefined : parseSinceDate(opts.since);
      const rules = opts.rules === undefined ? undefined : loadRulesFile(opts.rules);
      // Bold on a terminal; 【】 in pipes, files and JSON, where escape codes would be noise.
      const bold = !opts.json && process.stdout.isTTY && !process.env.NO_COLOR;
      const hits = await withStore(opts.db, { mustExist: true }, (store) =>
        store.search(query, {
          limit,
          mark: bold ? ANSI_BOLD_MARK : BRACKET_MARK,
          ...(opts.site ? { site: opts.site } : {}),
          ...(since ? { since } : {}),
          ...(rules ? { rules } : {}),
        }),
      );
      if (opts.json) process.stdout.write(`${JSON.stringify(hits)}\n`);
      else process.stdout.write(hits.map(formatHit).join('\n'));
      process.stderr.write(`${hits.length} notice${hits.length === 1 ? '' : 's'} found\n`);
    });
}
