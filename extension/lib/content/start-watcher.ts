// The content script's work on a page: fetch the rules from the background, mark the page,
// and mark it again when the page changes. Nothing is stored here: clippings and rules live in
// the extension's database, reached only through messages.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compileRules } from '../../../shared/rules/rule-matcher.ts';
import { profileForUrl } from '../../../shared/sites/index.ts';
import { sendRequest } from '../protocol/send-request.ts';
import { applyEntryMarks } from './entry-marks.ts';
import { createHighlightPainter, hasHighlightApi } from './highlight-painter.ts';
import { HITS_ATTRIBUTE, runHighlightPass } from './highlight-pass.ts';
import { installStyleSheet } from './install-style-sheet.ts';
import { observePage, type PageObserver } from './page-observer.ts';
import { ruleStyleSheet } from './rule-styles.ts';
import { createTimeSlicer } from './time-slicer.ts';
import { createWrappingPainter } from './wrapping-painter.ts';

export async function startWatcher(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const answer = await sendRequest<'rules:forPage'>({ type: 'rules:forPage' });
  if (!answer.ok) console.warn(`kjwatch: no rules for this page (${answer.error.message})`);
  const rules = answer.ok ? answer.value.rules : [];
  if (rules.length === 0 || ctx.isInvalid) {
    doc.documentElement.setAttribute(HITS_ATTRIBUTE, '0');
    return;
  }
  const matcher = compileRules(rules);
  const siteId = answer.ok ? answer.value.siteId : undefined;
  const profile = profileForUrl(location.href);
  const sheet = installStyleSheet(doc, ruleStyleSheet(rules));
  const painter = hasHighlightApi() ? createHighlightPainter() : createWrappingPainter();
  let generation = 0;
  let observer: PageObserver | undefined;
  const run = async () => {
    const mine = ++generation;
    try {
      await runHighlightPass({
        doc,
        url: location.href,
        matcher,
        siteId,
        profile,
        painter,
        slicer: createTimeSlicer(),
        isCurrent: () => mine === generation && ctx.isValid,
        quiet: (fn) => (observer ? observer.quiet(fn) : fn()),
      });
    } catch (error) {
      console.error('kjwatch: marking the page failed', error);
    }
  };
  observer = observePage(doc.body ?? doc.documentElement, () => void run());
  ctx.onInvalidated(() => {
    observer?.disconnect();
    painter.clear();
    applyEntryMarks(doc, new Map());
    sheet.remove();
  });
  await run();
}
