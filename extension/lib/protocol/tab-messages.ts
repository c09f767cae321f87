// Revealing a clipping on its page (side panel → content script), the contract both halves
// share. Two routes: a tab already showing the page gets `{type: 'clippings:reveal', id}` by
// tabs.sendMessage and answers `{ok: true, value: {found}}`; a page opened for it carries
// `#kjwatch-clipping=<id>` in its URL, which the content script reads after re-anchoring (and
// may then remove with history.replaceState). Only the extension can send the message; a
// fragment merely asks to scroll, so a page linking to one can do no harm.
import { isRecord } from './check-values.ts';
import type { Result } from './results.ts';

export const REVEAL_CLIPPING = 'clippings:reveal';
const FRAGMENT = 'kjwatch-clipping=';

export interface RevealMessage {
  type: typeof REVEAL_CLIPPING;
  id: string;
}

export type RevealAnswer = Result<{ found: boolean }>;

export function revealMessage(id: string): RevealMessage {
  return { type: REVEAL_CLIPPING, id };
}

export function isRevealMessage(message: unknown): message is RevealMessage {
  return (
    isRecord(message) &&
    message.type === REVEAL_CLIPPING &&
    typeof message.id === 'string' &&
    message.id.length > 0 &&
    message.id.length <= 2_000
  );
}

export function isRevealAnswer(answer: unknown): answer is RevealAnswer {
  return isRecord(answer) && typeof answer.ok === 'boolean';
}

/** The page's address with `#kjwatch-clipping=<id>` (any fragment it had is replaced). */
export function revealUrl(pageUrl: string, id: string): string {
  const hash = pageUrl.indexOf('#');
  return `${hash < 0 ? pageUrl : pageUrl.slice(0, hash)}#${FRAGMENT}${encodeURIComponent(id)}`;
}

/** The clipping id a page's `location.hash` asks to reveal, if any. */
export function revealIdFromHash(hash: string): string | undefined {
  const at = hash.indexOf(FRAGMENT);
  if (at < 0 || (at !== 1 && hash[at - 1] !== '&')) return undefined;
  try {
    const id = decodeURIComponent(hash.slice(at + FRAGMENT.length).split('&')[0]!);
    return id || undefined;
  } catch {
    return undefined;
  }
}
