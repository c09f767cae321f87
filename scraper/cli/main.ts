import { Command, CommanderError } from 'commander';
import { registerCrawl } from './commands/crawl.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExport } from './commands/export.ts';
import { registerExtract } from './commands/extract.ts';
import { registerMatch } from './commands/match.ts';
import { registerSchedule } from './commands/schedule.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { registerSites } from './commands/sites.ts';
import { reportAndExit } from './errors.ts';

const program = new Command('kjwatch')
  .description(
    'Watch Chinese science-and-technology government sites for the notices you care about.',
  )
  .version('0.1.0')
  // One line per error, prefixed like every other kjwatch error (DESIGN.md: no stack traces).
  .configureOutput({
    outputError: (message, write) =>
      write(`kjwatch: ${message.replace(/^error: /, '').trimEnd()} (see kjwatch --help)\n`),
  })
  .exitOverride();

registerExtract(program);
registerMatch(program);
registerSearch(program);
registerExport(program);
registerSites(program);
registerServe(program);
registerCrawl(program);
registerSchedule(program);
registerDemo(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Commander has already printed its one-line message; --help and --version exit 0.
    process.exit(err.exitCode);
  }
  reportAndExit(err);
}
