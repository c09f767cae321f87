import type { MessageKey } from '../i18n/messages.ts';
import type { ErrorCode, RequestError } from '../protocol/results.ts';

const KEYS: Record<ErrorCode, MessageKey> = {
  'bad-request': 'errorBadRequest',
  forbidden: 'errorForbidden',
  'storage-full': 'errorStorageFull',
  'storage-failed': 'errorStorageFailed',
  'invalid-rules': 'errorInvalidRules',
  'not-found': 'errorNotFound',
  unavailable: 'errorUnavailable',
};

/** What to tell the user about a failed request, in their language. */
export function errorText(error: RequestError, t: (key: MessageKey) => string): string {
  const text = t(KEYS[error.code]);
  return error.code === 'invalid-rules' ? text + error.message : text;
}
