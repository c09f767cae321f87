// The pause before a retry (of a page, or of robots.txt): base, 2×base, 4×base… capped, and cut
// short when the crawl is stopped.

const MAX_BACKOFF_MS = 60_000;

/** attempt 0 is the pause before the first retry. */
export function retryPause(
  baseMs: number,
  attempt: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  const ms = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const wake = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    signal?.addEventListener('abort', wake, { once: true });
  });
}
