import type { Command } from 'commander';
import type { RuleField } from '../../../shared/model.ts';
import { compileRules } from '../../../shared/rules/rule-matcher.ts';
import { loadRulesFile } from '../../rules/load-rules-file.ts';
import { CliError } from '../errors.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description(
      'match text on stdin against a rules file; prints {"rules":[…],"spans":[…]} (UTF-16 offsets)',
    )
    .requiredOption('--rules <file>', 'a kjwatch-rules JSON file')
    .option('--field <field>', 'treat the text as a notice "title" or "body" (default: both)')
    .option('--site <id>', 'the site profile the text comes from (for rules limited to sites)')
    .action(async (opts: { rules: string; field?: string; site?: string }) => {
      if (opts.field !== undefined && opts.field !== 'title' && opts.field !== 'body') {
        throw new CliError(`--field must be "title" or "body", not "${opts.field}"`, 2);
      }
      const matcher = compileRules(loadRulesFile(opts.rules));
      const text = await readStdin();
      const options: { field?: RuleField; siteId?: string } = {};
      if (opts.field) options.field = opts.field as RuleField;
      if (opts.site) options.siteId = opts.site;
      process.stdout.write(`${JSON.stringify(matcher.matchText(text, options))}\n`);
    });
}
