// The message protocol between the extension's parts (v1). Content scripts may send only the
// page requests; extension pages (options, side panel) may send all. Every request is a
// plain object with a `type`; every answer is a Result (results.ts).
import type { Clipping, WatchRule } from '../../../shared/model.ts';
import type { Language } from '../i18n/messages.ts';
import type { AnchorState, OrphanReport } from './anchor-states.ts';
import {
  LIBRARY_REQUEST_TYPES,
  type LibraryRequest,
  type LibraryResponses,
} from './library-requests.ts';

/** What a content script proposes to save; the background adds id, url and timestamps. */
export type ClippingDraft = Pick<
  Clipping,
  'pageTitle' | 'notice' | 'quote' | 'selectors' | 'note' | 'tags' | 'color'
>;

export type Request =
  /** The rules that apply on the sender's page, and the page's built-in site id if any. */
  | { type: 'rules:forPage' }
  /** Clippings saved for the sender's page (its URL without the fragment). */
  | { type: 'clippings:forPage' }
  /** Saves a clipping of the sender's page. */
  | { type: 'clippings:save'; clipping: ClippingDraft }
  /** This visit's outcome for the page's clippings: re-anchored, or orphaned and why. */
  | { type: 'clippings:reportAnchoring'; anchored: string[]; orphaned: OrphanReport[] }
  /** Which of these links (list entries) have clippings, compared without fragment or scheme. */
  | { type: 'clippings:clippedAmong'; urls: string[] }
  /** The UI language (the user's choice, else the browser's); extension pages may ask too. */
  | { type: 'ui:language' }
  // Extension pages only:
  | { type: 'rules:list' }
  /** Replaces all rules with those of a `kjwatch-rules` file (validated in the background). */
  | { type: 'rules:replace'; file: unknown }
  /** Every clipping, newest first. */
  | { type: 'clippings:list' }
  /** How each clipping fared on the latest visit to its page (anchored or orphaned). */
  | { type: 'clippings:anchorStates' }
  /** Side panel edits, deletes, import; options settings (library-requests.ts). */
  | LibraryRequest;

export type RequestType = Request['type'];

export interface Responses extends LibraryResponses {
  'rules:forPage': { rules: WatchRule[]; siteId?: string };
  'clippings:forPage': { clippings: Clipping[] };
  'clippings:save': { clipping: Clipping };
  'rules:list': { rules: WatchRule[] };
  'rules:replace': { rules: WatchRule[] };
  'clippings:list': { clippings: Clipping[] };
  'clippings:reportAnchoring': { recorded: number };
  'clippings:clippedAmong': { urls: string[] };
  'ui:language': { language: Language };
  'clippings:anchorStates': { states: AnchorState[] };
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** What a content script may ask: only what it needs for the page it runs on. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'rules:forPage',
  'clippings:forPage',
  'clippings:save',
  'clippings:reportAnchoring',
  'clippings:clippedAmong',
  'ui:language',
]);

export const REQUEST_TYPES: ReadonlySet<RequestType> = new Set<RequestType>([
  ...CONTENT_SCRIPT_REQUESTS,
  'rules:list',
  'rules:replace',
  'clippings:list',
  'clippings:anchorStates',
  ...LIBRARY_REQUEST_TYPES,
]);
