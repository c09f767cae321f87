import type { Command } from 'commander';
import { builtInProfiles } from '../../../shared/sites/index.ts';
import { exitQuietlyOnBrokenPipe } from '../write-output.ts';

export function registerSites(program: Command): void {
  program
    .command('sites')
    .description('list the built-in site profiles')
    .option('--json', 'print the profiles as JSON')
    .action((opts: { json?: boolean }) => {
      exitQuietlyOnBrokenPipe();
      const rows = builtInProfiles.map((p) => ({
        id: p.id,
        org: p.org,
        name: p.name,
        level: p.level,
        start: p.start,
      }));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(rows)}\n`);
        return;
      }
      const idWidth = Math.max(...rows.map((r) => r.id.length));
      const levelWidth = Math.max(...rows.map((r) => r.level.length));
      for (const r of rows) {
        const start = r.start[0] ?? '';
        process.stdout.write(
          `${r.id.padEnd(idWidth)}  ${r.level.padEnd(levelWidth)}  ${r.org} · ${r.name}  ${start}\n`,
        );
      }
    });
}
