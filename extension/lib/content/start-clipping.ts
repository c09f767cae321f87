// Wires clipping on the page: the controller (toolbar, form, save through the background) and
// the notice metadata from the shared extractor.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DocLike } from '../../../shared/dom/doc-like.ts';
import { extractNotice } from '../../../shared/extract/extract-notice.ts';
import type { Clipping, Notice } from '../../../shared/model.ts';
import type { SiteProfile } from '../../../shared/sites/define-site-profile.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { sendRequest } from '../protocol/send-request.ts';
import { startClipController } from './clip-controller.ts';
import { buildPageIndex } from './page-index.ts';
import { createTimeSlicer } from './time-slicer.ts';

export interface ClippingSetup {
  doc: Document;
  t: (key: MessageKey) => string;
  profile: SiteProfile | undefined;
  siteId: string | undefined;
  onSaved(clipping: Clipping): void;
}

/** The page's notice, read when a clipping is saved (not on every page load: it reads it all). */
function readNotice(setup: ClippingSetup): Notice | undefined {
  const { doc, profile, siteId } = setup;
  const docLike: DocLike = doc;
  const options = {
    url: location.href,
    ...(profile ? { profile } : {}),
    ...(siteId ? { siteId } : {}),
  };
  try {
    return extractNotice(docLike, options);
  } catch (error) {
    console.warn('kjwatch: could not read the notice metadata', error);
    return undefined;
  }
}

export function startClipping(ctx: ContentScriptContext, setup: ClippingSetup) {
  const { doc } = setup;
  return startClipController({
    doc,
    t: setup.t,
    signal: ctx.signal,
    index: () => buildPageIndex(doc.body ?? doc.documentElement, createTimeSlicer()),
    notice: () => readNotice(setup),
    save: (clipping) => sendRequest<'clippings:save'>({ type: 'clippings:save', clipping }),
    onSaved: setup.onSaved,
  });
}
