// Pages that fill in content after load (script-written lists, "load more") get marked too: a
// MutationObserver on the body, debounced so a burst of changes costs one pass, with a ceiling
// so a page that never stops changing (a ticker) is still re-marked now and then.
import { UI_ATTRIBUTE } from '../../../shared/anchor/text-index.ts';

export interface PageObserver {
  /** Runs kjwatch's own DOM changes; the observer does not report them. */
  quiet<T>(fn: () => Promise<T>): Promise<T>;
  disconnect(): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function isOwnChange(record: MutationRecord): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  return target?.closest(`[${UI_ATTRIBUTE}]`) != null;
}

export function observePage(
  target: Node,
  onChange: () => void,
  { delayMs = 300, maxWaitMs = 3_000 } = {},
): PageObserver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | undefined;
  const fire = () => {
    timer = undefined;
    firstPending = undefined;
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (records.every(isOwnChange)) return;
    const now = Date.now();
    firstPending ??= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - now)));
  });
  observer.observe(target, OPTIONS);
  return {
    async quiet(fn) {
      observer.disconnect();
      try {
        return await fn();
      } finally {
        observer.observe(target, OPTIONS);
      }
    },
    disconnect() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
