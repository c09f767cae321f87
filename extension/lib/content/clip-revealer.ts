// Revealing a clipping on the page — the side panel's "open on the page" (contract in
// protocol/tab-messages.ts): scrolled into view and shown as the current highlight, when it
// was re-anchored. A page opened for it carries `#kjwatch-clipping=<id>`; that request waits
// for a pass that finds the clipping (content may arrive late). The fragment stays: changing
// the page's URL could upset its own hash routing, and the address still means "there".
import { revealIdFromHash } from '../protocol/tab-messages.ts';
import type { PassResult } from './highlight-pass.ts';
import { showCurrent } from './match-navigator.ts';

export function createClipRevealer(view: Window) {
  let latest: PassResult | undefined;
  let pending = revealIdFromHash(view.location.hash);
  let marked: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    marked = resolve;
  });

  function reveal(id: string): boolean {
    const anchor = latest?.anchors.find((a) => a.clipping.id === id);
    if (!latest || !anchor || anchor.result.status === 'orphan') return false;
    const range = latest.index.rangeOf(anchor.result.start, anchor.result.end);
    if (!range) return false;
    showCurrent(range, view);
    return true;
  }

  return {
    /** After each pass: where the clippings are now; a pending reveal is tried. */
    update(result: PassResult): void {
      latest = result;
      marked();
      // Once: a later pass (the page changed) must not pull the reader back.
      if (pending && reveal(pending)) pending = undefined;
    },
    /** Reveals a clipping once a pass has marked the page; whether it was found. */
    async revealWhenMarked(id: string): Promise<boolean> {
      await ready;
      return reveal(id);
    },
  };
}
