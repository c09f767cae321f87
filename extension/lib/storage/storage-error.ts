// Failed writes, typed by what the user must do: free space (`storage-full`) or try again
// (`storage-failed`). Writes run in transactions, so a failed one leaves the database as it was.
import type { ErrorCode } from '../protocol/results.ts';

export type StorageErrorCode = Extract<ErrorCode, 'storage-full' | 'storage-failed'>;

export class StorageWriteError extends Error {
  override readonly name = 'StorageWriteError';

  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown };
  // Dexie wraps the browser's DOMException: an AbortError whose `inner` is the QuotaExceededError.
  if (e.name === 'QuotaExceededError') return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

export function toStorageError(error: unknown, what: string): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return isQuotaError(error)
    ? new StorageWriteError('storage-full', `${what}: storage is full (${detail})`, {
        cause: error,
      })
    : new StorageWriteError('storage-failed', `${what} failed (${detail})`, { cause: error });
}

/** Runs a write and turns whatever it throws into a StorageWriteError. */
export async function guardWrite<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStorageError(error, what);
  }
}
