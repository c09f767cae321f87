import type { Command } from 'commander';
import { createApiServer } from '../../serve/serve-api.ts';
import { CliError } from '../errors.ts';
import { DB_OPTION_HELP, withStore } from '../store-options.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'a local read-only JSON API over the store (/api/notices, /api/search?q=, /api/sites, /api/runs)',
    )
    .option('--port <port>', 'port to listen on', '8787')
    .option(
      '--host <host>',
      'address to listen on (loopback unless you say otherwise)',
      '127.0.0.1',
    )
    .option('--db <path>', DB_OPTION_HELP)
    .action(async (opts: { port: string; host: string; db?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new CliError(`--port must be a port number, not "${opts.port}"`, 2);
      }
      await withStore(opts.db, { mustExist: true }, async (store) => {
        const server = createApiServer(store);
        await new Promise<void>((resolve, reject) => {
          server.once('error', (err: NodeJS.ErrnoException) =>
            reject(
              new CliError(`cannot listen on ${opts.host}:${port}: ${err.code ?? err.message}`),
            ),
          );
          server.listen(port, opts.host, () => resolve());
        });
        const address = server.address();
        const shown = typeof address === 'object' && address ? address.port : port;
        process.stderr.write(
          `kjwatch: serving ${store.path} read-only at http://${opts.host}:${shown}/api/notices (Ctrl-C stops)\n`,
        );
        await new Promise<void>((resolve) => {
          const stop = () => server.close(() => resolve());
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      });
    });
}
