// A small state file written whole: to a temporary name beside it, then renamed into place, so a
// kill mid-write leaves the previous version, never half of the new one.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeFileAtomic(file: string, text: string, mode?: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, text, mode === undefined ? {} : { mode });
  renameSync(partial, file);
}
