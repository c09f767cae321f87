// What the store commands share: --db, --since, --limit, and turning store failures into the
// one-line errors of DESIGN.md.
import { defaultDbPath } from '../store/default-db-path.ts';
import { type OpenStoreOptions, openStore } from '../store/open-store.ts';
import { isNotADatabase, StoreError } from '../store/store-error.ts';
import type { Store } from '../store/store-types.ts';
import { CliError } from './errors.ts';

export const DB_OPTION_HELP = `the store (default: $KJWATCH_DB or ${defaultDbPath()})`;

/** Opens the store, runs `use`, closes it; store failures become one line for the user. */
export async function withStore<T>(
  dbOption: string | undefined,
  options: OpenStoreOptions,
  use: (store: Store) => T | Promise<T>,
): Promise<T> {
  const path = dbOption ?? defaultDbPath();
  let store: Store;
  try {
    store = openStore(path, options);
  } catch (err) {
    throw err instanceof StoreError ? new CliError(err.message) : err;
  }
  try {
    return await use(store);
  } catch (err) {
    if (err instanceof StoreError) throw new CliError(err.message);
    // A file that looked fine but is damaged further in fails on the first read.
    if (isNotADatabase(err))
      throw new CliError(`the database ${path} is damaged: ${(err as Error).message}`);
    throw err;
  } finally {
    store.close();
  }
}

/** `2024-01-31`, `2024-01` or `2024`: the start of that day, month or year. */
export function parseSinceDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  const [year, month = 1, day = 1] = m ? m.slice(1).map((p) => (p ? Number(p) : undefined)) : [];
  if (m && year !== undefined) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return m[0]!;
    }
  }
  throw new CliError(
    `--since must be a date like 2024-01-31 (or 2024-01, 2024), not "${value}"`,
    2,
  );
}

export function parseLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new CliError(`--limit must be a positive whole number, not "${value}"`, 2);
  }
  return Number(value);
}
