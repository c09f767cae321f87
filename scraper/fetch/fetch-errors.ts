// Fetch failures typed by what the caller must do (STYLE.md 5). Crawlee retries any error except
// a NonRetryableError, so the permanent ones extend it: a 404 is recorded once, never retried.
import { NonRetryableError } from '@crawlee/basic';

/** Worth another try after a pause: 5xx, 408/429, timeouts, resets, refused connections. */
export class TransientFetchError extends Error {
  override readonly name = 'TransientFetchError';

  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${reason}`, options);
  }
}

/** Trying again cannot help: 404/410/403, a file over the size cap, an error page named .pdf. */
export class PermanentFetchError extends NonRetryableError {
  override readonly name: string = 'PermanentFetchError';

  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`${url}: ${reason}`);
  }
}

/** A page needs a browser and none is installed: the user must install one (or set KJWATCH_CHROMIUM). */
export class BrowserUnavailableError extends PermanentFetchError {
  override readonly name = 'BrowserUnavailableError';
}

/** Statuses a server uses for "not now": the same request may succeed later. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

// Node and undici error codes of failed connections: the network or the server hiccuped.
const TRANSIENT_CODES = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_HTTP2_STREAM_ERROR',
]);

/** Wraps a low-level failure (undici, Playwright, the network) into one of the typed errors. */
export function classifyFailure(url: string, err: unknown): Error {
  if (err instanceof TransientFetchError || err instanceof PermanentFetchError) return err;
  const code = (err as { code?: unknown }).code;
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) {
    return new TransientFetchError(url, `${code} (${message})`, undefined, { cause: err });
  }
  // Timeouts and unknown transport errors: retrying costs little and often helps.
  return new TransientFetchError(url, message ?? 'request failed', undefined, { cause: err });
}
