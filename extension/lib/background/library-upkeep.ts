// Deletes whose undo window was never closed (the side panel was shut before it purged them)
// are purged once per background start, on the first message: not at start-up itself, which
// would create the database before anything asked for it.
import type { ClippingLibrary } from '../storage/clipping-library.ts';

/** Longer than any undo window the side panel offers. */
export const FORGOTTEN_AFTER_MS = 60_000;

export function purgeForgottenDeletes(
  library: ClippingLibrary,
  now = () => Date.now(),
): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    library.purgeDeletedBefore(new Date(now() - FORGOTTEN_AFTER_MS)).catch((error: unknown) => {
      console.warn('kjwatch: purging deleted clippings failed; will try on the next start', error);
    });
  };
}
