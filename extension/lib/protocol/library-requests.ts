// Requests of the extension pages that change clippings and settings (the side panel's edits,
// deletes with undo and backup import; the options page's language and sites). Content scripts
// may send none of these. Each message is checked field by field like the page requests.

import { type FieldProblem, parseClipping } from '../../../shared/export/parse-clipping.ts';
import type { Clipping } from '../../../shared/model.ts';
import type { Language } from '../i18n/messages.ts';
import { isLanguage } from '../i18n/translate.ts';
import { isSiteSettings, type SiteSettings } from '../sites/site-settings.ts';
import { boundedString, extraKeys, stringList } from './check-values.ts';

export type LibraryRequest =
  /** Replaces a clipping's note and tags. */
  | { type: 'clippings:update'; id: string; note: string; tags: string[] }
  /** Hides clippings at once (soft delete), so the side panel can offer undo. */
  | { type: 'clippings:delete'; ids: string[] }
  /** Brings soft-deleted clippings back. */
  | { type: 'clippings:restore'; ids: string[] }
  /** Removes soft-deleted clippings for good (clippings not soft-deleted are left alone). */
  | { type: 'clippings:purge'; ids: string[] }
  /** Merges clippings of a backup: new ids are added, newer versions replace older ones. */
  | { type: 'clippings:import'; clippings: Clipping[] }
  /** The settings the extension pages show: the chosen language (if any) and the sites. */
  | { type: 'settings:get' }
  | { type: 'settings:setLanguage'; language: Language }
  /** Saves which built-in sites are off and which sites were added (permissions granted). */
  | { type: 'sites:set'; sites: SiteSettings };

export interface LibraryResponses {
  'clippings:update': { clipping: Clipping };
  'clippings:delete': { ids: string[] };
  'clippings:restore': { clippings: Clipping[] };
  'clippings:purge': { ids: string[] };
  'clippings:import': { added: number; updated: number; unchanged: number; clippings: Clipping[] };
  'settings:get': { language?: Language; sites: SiteSettings };
  'settings:setLanguage': { language: Language };
  'sites:set': { sites: SiteSettings };
}

export const LIBRARY_REQUEST_TYPES: ReadonlySet<LibraryRequest['type']> = new Set([
  'clippings:update',
  'clippings:delete',
  'clippings:restore',
  'clippings:purge',
  'clippings:import',
  'settings:get',
  'settings:setLanguage',
  'sites:set',
] as const);

const MAX_ID = 2_000;
const MAX_IDS = 50_000;
/** One message of an import; the side panel sends a large backup in batches of this size. */
export const MAX_IMPORT_BATCH = 5_000;

export function isLibraryRequestType(type: string): type is LibraryRequest['type'] {
  return LIBRARY_REQUEST_TYPES.has(type as LibraryRequest['type']);
}

function fields(message: Record<string, unknown>, allowed: string[]): string | undefined {
  const extra = extraKeys(message, ['type', ...allowed]);
  return extra.length ? `${message.type} has unknown fields: ${extra.join(', ')}` : undefined;
}

function parseImport(message: Record<string, unknown>): LibraryRequest | string {
  const list = message.clippings;
  if (!Array.isArray(list) || list.length > MAX_IMPORT_BATCH)
    return `clippings:import.clippings must be a list of at most ${MAX_IMPORT_BATCH} clippings`;
  const problems: FieldProblem[] = [];
  const clippings: Clipping[] = [];
  list.forEach((item, i) => {
    const c = parseClipping(item, `clippings[${i}]`, problems);
    if (c) clippings.push(c);
  });
  if (problems.length) return `clippings:import: ${problems[0]!.path} ${problems[0]!.message}`;
  return { type: 'clippings:import', clippings };
}

/** The request, or a sentence saying what is wrong with it. */
export function parseLibraryRequest(
  type: LibraryRequest['type'],
  message: Record<string, unknown>,
): LibraryRequest | string {
  switch (type) {
    case 'clippings:update': {
      const id = boundedString(message.id, MAX_ID);
      const note = boundedString(message.note, 100_000);
      const tags = stringList(message.tags, 50, 100);
      if (!id || note === undefined || !tags)
        return `${type} needs id, note (text) and tags (≤ 50)`;
      return fields(message, ['id', 'note', 'tags']) ?? { type, id, note, tags };
    }
    case 'clippings:delete':
    case 'clippings:restore':
    case 'clippings:purge': {
      const ids = stringList(message.ids, MAX_IDS, MAX_ID);
      if (!ids) return `${type}.ids must be a list of clipping ids`;
      return fields(message, ['ids']) ?? { type, ids };
    }
    case 'clippings:import':
      return fields(message, ['clippings']) ?? parseImport(message);
    case 'settings:get':
      return fields(message, []) ?? { type };
    case 'settings:setLanguage':
      if (!isLanguage(message.language)) return `${type}.language must be "zh" or "en"`;
      return fields(message, ['language']) ?? { type, language: message.language };
    case 'sites:set':
      if (!isSiteSettings(message.sites)) return `${type}.sites must be {disabled: [], added: []}`;
      return fields(message, ['sites']) ?? { type, sites: message.sites };
  }
}

export function isLibraryRequest(request: { type: string }): request is LibraryRequest {
  return isLibraryRequestType(request.type);
}
