// The background's one entry for messages: who is asking (classify-sender.ts), is the message
// well formed (parse-request.ts), may this caller ask it, then the answer. Never throws: every
// outcome is a Result the caller can show.
import { formatRuleProblems, parseWatchRules } from '../../../shared/rules/validate-rules.ts';
import type { Language } from '../i18n/messages.ts';
import { isLibraryRequest } from '../protocol/library-requests.ts';
import { parseRequest } from '../protocol/parse-request.ts';
import { CONTENT_SCRIPT_REQUESTS, type Request, type Responses } from '../protocol/requests.ts';
import { fail, ok, type Result } from '../protocol/results.ts';
import { StorageWriteError } from '../storage/storage-error.ts';
import type { AnchorStateStore, ClippingStore, RuleStore } from '../storage/stores.ts';
import { answerLibrary, type LibraryContext } from './answer-library.ts';
import {
  type Caller,
  classifySender,
  type ExtensionIdentity,
  pageKey,
  type SenderLike,
} from './classify-sender.ts';
import { clippedAmong, recordAnchoring } from './page-reports.ts';

export interface BackgroundContext {
  self: ExtensionIdentity;
  clippings: ClippingStore;
  rules: RuleStore;
  /** How clippings fared on their pages' latest visits (reported by content scripts). */
  anchorStates: AnchorStateStore;
  /** The UI language: the user's choice, else the browser's. */
  language(): Promise<Language>;
  /** Whether content scripts may work on this page (built-in or user-added, switched on). */
  isEnabledUrl(url: string): Promise<boolean>;
  /** The built-in site profile id of a page, if any (rules can be limited to sites). */
  siteIdForUrl(url: string): string | undefined;
  /** The extension pages' edits, deletes, import and settings (answer-library.ts). */
  library: LibraryContext;
}

type Answer = Result<Responses[keyof Responses]>;

async function answerPage(
  request: Request,
  pageUrl: string,
  ctx: BackgroundContext,
): Promise<Answer> {
  const url = pageKey(pageUrl);
  switch (request.type) {
    case 'rules:forPage': {
      const siteId = ctx.siteIdForUrl(url);
      const rules = await ctx.rules.list();
      return ok(siteId ? { rules, siteId } : { rules });
    }
    case 'clippings:forPage':
      return ok({ clippings: await ctx.clippings.forUrl(url) });
    case 'clippings:save':
      return ok({ clipping: await ctx.clippings.add(request.clipping, url) });
    case 'clippings:reportAnchoring':
      return ok(await recordAnchoring(request, url, ctx.clippings, ctx.anchorStates));
    case 'clippings:clippedAmong':
      return ok(await clippedAmong(request.urls, ctx.clippings));
    case 'ui:language':
      return ok({ language: await ctx.language() });
    default:
      return fail('forbidden', `content scripts may not send ${request.type}`);
  }
}

async function answerExtensionPage(request: Request, ctx: BackgroundContext): Promise<Answer> {
  switch (request.type) {
    case 'rules:list':
      return ok({ rules: await ctx.rules.list() });
    case 'clippings:list':
      return ok({ clippings: await ctx.clippings.all() });
    case 'clippings:anchorStates':
      return ok({ states: await ctx.anchorStates.all() });
    case 'ui:language':
      return ok({ language: await ctx.language() });
    case 'rules:replace': {
      const parsed = parseWatchRules(request.file);
      if (!parsed.ok)
        return fail('invalid-rules', formatRuleProblems(parsed.problems), parsed.problems);
      await ctx.rules.replace(parsed.rules);
      return ok({ rules: parsed.rules });
    }
    default:
      if (isLibraryRequest(request)) return answerLibrary(request, ctx.library);
      // The page requests act on "the sender's page", which an extension page does not have.
      return fail('bad-request', `${request.type} is for content scripts, which have a page`);
  }
}

async function answer(request: Request, caller: Caller, ctx: BackgroundContext): Promise<Answer> {
  if (caller.kind === 'extension-page') return answerExtensionPage(request, ctx);
  if (!CONTENT_SCRIPT_REQUESTS.has(request.type))
    return fail('forbidden', `content scripts may not send ${request.type}`);
  if (!(await ctx.isEnabledUrl(caller.pageUrl)))
    return fail('forbidden', 'the page is not on a site kjwatch is enabled for');
  return answerPage(request, caller.pageUrl, ctx);
}

export async function handleRequest(
  message: unknown,
  sender: SenderLike,
  ctx: BackgroundContext,
): Promise<Answer> {
  const caller = classifySender(sender, ctx.self);
  if (!caller) return fail('forbidden', 'the sender is not part of this extension');
  const request = parseRequest(message);
  if (typeof request === 'string') return fail('bad-request', request);
  try {
    return await answer(request, caller, ctx);
  } catch (error) {
    if (error instanceof StorageWriteError) return fail(error.code, error.message);
    // A failed read (the database would not open): nothing was changed, trying again may work.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return fail('storage-failed', `${request.type} failed (${detail})`);
  }
}
