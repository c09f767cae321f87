import type { Command } from 'commander';
import { NotADemoStoreError } from '../../demo/demo-store.ts';
import { runDemo } from '../../demo/run-demo.ts';
import { CliError } from '../errors.ts';

interface DemoOpts {
  db?: string;
  out?: string;
  serve?: boolean;
  port?: string;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1024 || port > 65_000) {
    throw new CliError(`--port must be a number from 1024 to 65000, not "${value}"`, 2);
  }
  return port;
}

/** Resolves at the first Ctrl-C (or SIGTERM), so --serve can close the sites cleanly. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'serve bundled offline replica sites on 127.0.0.1, crawl them into a fresh store, export, re-run',
    )
    .option('--out <dir>', 'folder for the database and the exports', 'kjwatch-demo')
    .option('--db <path>', 'the database (default: <out>/kjwatch-demo.db); never a non-demo one')
    .option('--serve', 'keep the replica sites up afterwards and print their addresses')
    .option('--port <n>', 'serve the sites on fixed ports n, n+1, … (default: any free ones)')
    .action(async (opts: DemoOpts) => {
      const basePort = parsePort(opts.port);
      const print = (line = '') => process.stdout.write(`${line}\n`);
      let result: Awaited<ReturnType<typeof runDemo>>;
      try {
        result = await runDemo({
          cwd: process.cwd(),
          ...(opts.out ? { out: opts.out } : {}),
          ...(opts.db ? { db: opts.db } : {}),
          ...(basePort ? { basePort } : {}),
          serve: opts.serve ?? false,
          stop: opts.serve ? untilStopped() : Promise.resolve(),
          print,
          progress: (line = '') => process.stderr.write(`${line}\n`),
        });
      } catch (err) {
        if (err instanceof NotADemoStoreError) throw new CliError(err.message);
        throw err;
      }
      if (result.problems.length > 0) {
        throw new CliError(`the demo crawl did not complete: ${result.problems.join('; ')}`);
      }
    });
}
