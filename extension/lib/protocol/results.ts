// Answers to requests. Error codes say what the caller must do, not what went wrong inside:
// `bad-request` and `forbidden` are bugs or attacks (do not retry), `storage-full` needs the
// user to free space, `storage-failed` may be retried, `invalid-rules` lists the problems to fix,
// `not-found` that the thing is gone, `unavailable` that the background could not be reached
// (reload the page).
import type { RuleProblem } from '../../../shared/rules/validate-rules.ts';

export type ErrorCode =
  | 'bad-request'
  | 'forbidden'
  | 'storage-full'
  | 'storage-failed'
  | 'invalid-rules'
  /** The clipping was deleted meanwhile (another window): refresh the list. */
  | 'not-found'
  | 'unavailable';

export interface RequestError {
  code: ErrorCode;
  /** For logs and developers; the UI shows its own translated text for the code. */
  message: string;
  problems?: RuleProblem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RequestError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, problems?: RuleProblem[]): Result<never> {
  return { ok: false, error: problems ? { code, message, problems } : { code, message } };
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { ok?: unknown; error?: { code?: unknown } };
  return r.ok === true || (r.ok === false && typeof r.error?.code === 'string');
}
