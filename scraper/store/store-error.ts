// Store failures typed by what the caller must do: point at another file, upgrade kjwatch,
// free disk space. Each message is one line a user can act on.

export type StoreErrorKind =
  | 'missing' // no database at the path
  | 'cannot-open' // a directory, no permission, …
  | 'not-a-database' // the file is not SQLite, or not a kjwatch store
  | 'too-new' // written by a newer kjwatch
  | 'full' // disk or size limit reached: the write was rolled back
  | 'write-failed'; // any other failed write: rolled back

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

const sqliteCode = (err: unknown): string =>
  typeof (err as SqliteLikeError)?.code === 'string' ? String((err as SqliteLikeError).code) : '';

/** Runs a write; a failure leaves the store as it was (the caller's transaction rolled back). */
export function guardWrite<T>(what: string, path: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const code = sqliteCode(err);
    if (code === 'SQLITE_FULL') {
      throw new StoreError(
        'full',
        `${what} failed: the database ${path} is full (no disk space or size limit reached); nothing was written, earlier data is intact`,
        { cause: err },
      );
    }
    if (code.startsWith('SQLITE_')) {
      const reason = err instanceof Error ? err.message : code;
      throw new StoreError(
        'write-failed',
        `${what} failed (${reason}); nothing was written, earlier data is intact`,
        { cause: err },
      );
    }
    throw err;
  }
}

export function isNotADatabase(err: unknown): boolean {
  const code = sqliteCode(err);
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}
