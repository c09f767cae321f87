// Writes a command's output to stdout or to a file. A file is written beside its final name
// and renamed when complete, so a failed export never leaves a half-written file in place of
// a good one.
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CliError, reportAndExit } from './errors.ts';

/** `kjwatch export … | head`: the reader leaving early is not an error worth a stack trace. */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    reportAndExit(err);
  });
}

/** Small chunks (one per notice) joined into writes of about 64 KiB. */
function* batched(chunks: Iterable<string>): Generator<string> {
  let buffered = '';
  for (const chunk of chunks) {
    buffered += chunk;
    if (buffered.length >= 1 << 16) {
      yield buffered;
      buffered = '';
    }
  }
  if (buffered) yield buffered;
}

export async function writeOutput(out: string | undefined, chunks: Iterable<string>) {
  if (out === undefined) {
    // stdout must not be ended (pipeline would), so wait for it to drain by hand.
    for (const chunk of batched(chunks)) {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }
    return;
  }
  const partial = `${out}.${process.pid}.partial`;
  try {
    await pipeline(Readable.from(batched(chunks)), createWriteStream(partial, { flags: 'wx' }));
    renameSync(partial, out);
  } catch (err) {
    rmSync(partial, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code && !code.startsWith('SQLITE_')) throw new CliError(`cannot write ${out}: ${code}`);
    throw err;
  }
}
