// The content script's work on a page: fetch the rules, the page's clippings and the UI
// language from the background; mark the page (rule matches, list entries, re-anchored
// clippings), report which clippings were found, keep the panel up to date, and mark again
// when the page changes. Nothing is stored here: clippings and rules live in the extension's
// database, reached only through messages.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compileRules } from '../../../shared/rules/rule-matcher.ts';
import { profileForUrl } from '../../../shared/sites/index.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { defaultLanguage, translate } from '../i18n/translate.ts';
import { sendRequest } from '../protocol/send-request.ts';
import { afterNextFrame } from './after-next-frame.ts';
import { createAnchorReporter } from './anchor-report.ts';
import { anchoredCount } from './clip-anchors.ts';
import { createClipRevealer } from './clip-revealer.ts';
import { clipBaseStyleSheet, clipStyleSheet } from './clip-styles.ts';
import { applyClippedMarks, createClippedLookup } from './clipped-entries.ts';
import { createEntryBars } from './entry-bars.ts';
import { clearEntryMarks } from './entry-marks.ts';
import { createHighlightPainter, hasHighlightApi } from './highlight-painter.ts';
import { HITS_ATTRIBUTE, type PassResult, runHighlightPass } from './highlight-pass.ts';
import { installStyleSheet } from './install-style-sheet.ts';
import { createMatchNavigator } from './match-navigator.ts';
import { observePage, type PageObserver } from './page-observer.ts';
import {
  entryColors,
  ruleBaseStyleSheet,
  ruleColorHighlights,
  ruleStyleSheet,
} from './rule-styles.ts';
import { startClipping } from './start-clipping.ts';
import { listenToExtension } from './tab-listener.ts';
import { createTimeSlicer } from './time-slicer.ts';
import { createPagePanel, type PanelCounts } from './ui/page-panel.ts';
import { createWrappingPainter } from './wrapping-painter.ts';

function panelCounts({ spans, anchors }: PassResult): PanelCounts {
  const perRule = new Map<string, number>();
  for (const s of spans) perRule.set(s.rule, (perRule.get(s.rule) ?? 0) + 1);
  const clips = anchoredCount(anchors);
  return { perRule, clips, orphans: anchors.length - clips };
}

/** Resolves once the document is parsed (the page's DOMContentLoaded, or at once if past it). */
function domParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

export async function startWatcher(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  // First, while the page is still (nearly) empty: the styles whose arrival restyles every
  // element (rule-styles.ts), then the questions to the background.
  const base = installStyleSheet(doc, `${ruleBaseStyleSheet()}\n${clipBaseStyleSheet()}`);
  const [answer, saved, language] = await Promise.all([
    sendRequest<'rules:forPage'>({ type: 'rules:forPage' }),
    sendRequest<'clippings:forPage'>({ type: 'clippings:forPage' }),
    sendRequest<'ui:language'>({ type: 'ui:language' }),
  ]);
  if (!answer.ok || ctx.isInvalid) {
    // Not a site kjwatch is on (switched off), or the background is gone: nothing to show.
    if (!answer.ok) console.warn(`kjwatch: not working on this page (${answer.error.message})`);
    base.remove();
    doc.documentElement.setAttribute(HITS_ATTRIBUTE, '0');
    return;
  }
  const { rules, siteId } = answer.value;
  const lang = language.ok ? language.value.language : defaultLanguage(navigator.language);
  const t = (key: MessageKey) => translate(lang, key);
  let clippings = saved.ok ? saved.value.clippings : [];
  const css = () => `${ruleStyleSheet(rules)}\n${clipStyleSheet(clippings.map((c) => c.color))}`;
  const sheet = installStyleSheet(doc, css());
  // Compiling 500 terms takes ~30 ms: a task of its own, not one with the sheet's.
  await createTimeSlicer().pause();
  const matcher = compileRules(rules);
  const colors = entryColors(rules);
  const profile = profileForUrl(location.href);
  await domParsed(doc);
  // The page's DOMContentLoaded task also lays the whole page out (~70 ms on a 5,000-entry
  // list): kjwatch's work starts in a task of its own, not at the end of that one.
  await createTimeSlicer().pause();
  if (ctx.isInvalid) {
    sheet.remove();
    base.remove();
    return;
  }
  const painter = hasHighlightApi()
    ? createHighlightPainter(CSS.highlights, ruleColorHighlights(rules))
    : createWrappingPainter();
  const clipped = createClippedLookup(async (urls) => {
    const found = await sendRequest<'clippings:clippedAmong'>({
      type: 'clippings:clippedAmong',
      urls,
    });
    return found.ok ? found.value.urls : undefined;
  });
  const bars = createEntryBars();
  const report = createAnchorReporter(async (request) => (await sendRequest(request)).ok);
  const matches = createMatchNavigator(window);
  const panel = createPagePanel(doc, t, rules, matches, ctx.signal);
  const revealer = createClipRevealer(window);
  let generation = 0;
  let observer: PageObserver | undefined;
  const run = async () => {
    const mine = ++generation;
    try {
      const result = await runHighlightPass({
        doc,
        url: location.href,
        matcher,
        entryColors: colors,
        siteId,
        profile,
        painter,
        bars,
        slicer: createTimeSlicer(),
        clippings,
        clipped,
        isCurrent: () => mine === generation && ctx.isValid,
        quiet: (fn) => (observer ? observer.quiet(fn) : fn()),
      });
      if (!result) return;
      matches.update(result.index, result.spans);
      revealer.update(result);
      // The panel one frame later: laying it out in the frame that first paints thousands of
      // marks and highlights made that frame the longest of the pass (~10–20 ms more).
      await afterNextFrame(doc);
      if (mine !== generation || ctx.isInvalid) return;
      panel.update(panelCounts(result));
      await report(result.anchors);
    } catch (error) {
      console.error('kjwatch: marking the page failed', error);
    }
  };
  const clipper = startClipping(ctx, {
    doc,
    t,
    profile,
    siteId,
    onSaved: (clipping) => {
      clippings = [...clippings, clipping];
      sheet.update(css());
      void run();
    },
  });
  observer = observePage(doc.body ?? doc.documentElement, () => void run());
  const marked = run();
  listenToExtension(ctx, {
    openClipForm: () => clipper.openForSelection(),
    revealClipping: (id) => revealer.revealWhenMarked(id),
  });
  ctx.onInvalidated(() => {
    observer?.disconnect();
    painter.clear();
    matches.clear();
    clearEntryMarks(doc, bars);
    applyClippedMarks(doc, new Set());
    sheet.remove();
    base.remove();
  });
  await marked;
}
