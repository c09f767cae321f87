// Errors the user must act on are printed as one line (never a stack trace) and exit non-zero.

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function reportAndExit(err: unknown): never {
  if (err instanceof CliError) {
    process.stderr.write(`kjwatch: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  const message = err instanceof Error ? err.message : String(err);
  // An unexpected failure still gets one line; KJWATCH_DEBUG=1 shows the stack for bug reports.
  process.stderr.write(`kjwatch: internal error: ${message.split('\n')[0]}\n`);
  if (process.env.KJWATCH_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : ''}\n`);
  process.exit(70);
}
