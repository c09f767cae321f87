import { readFileSync } from 'node:fs';
import { CliError } from '../cli/errors.ts';

/**
 * Reads a JSON file the user names (`what`: "rules file", "profile file"); a missing, unreadable
 * or malformed file becomes one line for the user, naming the file.
 */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? 'unreadable');
    throw new CliError(`${what} ${path}: ${why}`);
  }
  try {
    // Windows editors save UTF-8 with a BOM, which JSON.parse rejects.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(`${what} ${path} is not valid JSON: ${(err as Error).message}`);
  }
}
