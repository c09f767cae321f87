import type { Command } from 'commander';
import { createExporter, EXPORT_FORMATS, isExportFormat } from '../../../shared/export/formats.ts';
import type { Notice, WatchRule } from '../../../shared/model.ts';
import { loadRulesFile } from '../../rules/load-rules-file.ts';
import { CliError } from '../errors.ts';
import { DB_OPTION_HELP, parseSinceDate, withStore } from '../store-options.ts';
import { exitQuietlyOnBrokenPipe, writeOutput } from '../write-output.ts';

interface ExportOpts {
  format: string;
  rules?: string;
  site?: string;
  since?: string;
  out?: string;
  db?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export stored notices for Excel, Zotero, Markdown notes or scripts')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--rules <file>', 'only notices that this kjwatch-rules file matches (re-matched now)')
    .option('--site <id>', 'only notices of this site profile')
    .option('--since <date>', 'only notices published on or after this date (YYYY-MM-DD)')
    .option('--out <path>', 'write to this file instead of stdout')
    .option('--db <path>', DB_OPTION_HELP)
    .action(async (opts: ExportOpts) => {
      exitQuietlyOnBrokenPipe();
      const { format } = opts;
      if (!isExportFormat(format)) {
        throw new CliError(
          `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`,
          2,
        );
      }
      const since = opts.since === undefined ? undefined : parseSinceDate(opts.since);
      const rules: WatchRule[] | undefined =
        opts.rules === undefined ? undefined : loadRulesFile(opts.rules);
      const ruleNames = new Map(
        (rules ?? []).flatMap((r) => (r.name ? [[r.id, r.name] as const] : [])),
      );
      const exporter = createExporter(format, { ruleNames });
      let count = 0;
      await withStore(opts.db, { mustExist: true }, async (store) => {
        const notices = store.iterateNotices({
          ...(opts.site ? { site: opts.site } : {}),
          ...(since ? { since } : {}),
          ...(rules ? { rules } : {}),
        });
        function* chunks(): Generator<string> {
          yield exporter.begin();
          for (const notice of notices as Iterable<Notice>) yield exporter.item(notice, count++);
          yield exporter.end(count);
        }
        await writeOutput(opts.out, chunks());
      });
      process.stderr.write(
        `exported ${count} notice${count === 1 ? '' : 's'}${opts.out ? ` to ${opts.out}` : ''}\n`,
      );
    });
}
