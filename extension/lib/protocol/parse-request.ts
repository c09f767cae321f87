// The shape check every message passes before the background acts on it.
import { extraKeys, isRecord } from './check-values.ts';
import { isLibraryRequestType, parseLibraryRequest } from './library-requests.ts';
import { parseClippingDraft } from './parse-clipping-draft.ts';
import { parseAnchorReport, parseClippedAmong } from './parse-page-reports.ts';
import { REQUEST_TYPES, type Request, type RequestType } from './requests.ts';

function isRequestType(value: unknown): value is RequestType {
  return typeof value === 'string' && REQUEST_TYPES.has(value as RequestType);
}

/** The request, or a sentence saying what is wrong with the message. */
export function parseRequest(message: unknown): Request | string {
  if (!isRecord(message)) return 'a request must be an object with a "type"';
  const { type } = message;
  if (!isRequestType(type)) return `unknown request type ${JSON.stringify(type)}`;
  if (isLibraryRequestType(type)) return parseLibraryRequest(type, message);
  switch (type) {
    case 'clippings:save': {
      const extra = extraKeys(message, ['type', 'clipping']);
      if (extra.length) return `${type} has unknown fields: ${extra.join(', ')}`;
      const clipping = parseClippingDraft(message.clipping);
      return typeof clipping === 'string' ? clipping : { type, clipping };
    }
    case 'clippings:reportAnchoring':
      return parseAnchorReport(message);
    case 'clippings:clippedAmong':
      return parseClippedAmong(message);
    case 'rules:replace': {
      const extra = extraKeys(message, ['type', 'file']);
      if (extra.length) return `${type} has unknown fields: ${extra.join(', ')}`;
      // The file's content is checked by parseWatchRules, which lists every problem.
      return { type, file: message.file };
    }
    default: {
      const extra = extraKeys(message, ['type']);
      if (extra.length) return `${type} takes no fields (got ${extra.join(', ')})`;
      return { type };
    }
  }
}
