// The typed client side of the protocol, for content scripts and extension pages alike.
import { browser } from 'wxt/browser';
import type { RequestOf, RequestType, Responses } from './requests.ts';
import { fail, isResult, type Result } from './results.ts';

export async function sendRequest<T extends RequestType>(
  request: RequestOf<T>,
): Promise<Result<Responses[T]>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    if (isResult(answer)) return answer as Result<Responses[T]>;
    return fail('unavailable', `no answer to ${request.type}`);
  } catch (error) {
    // The extension was reloaded or updated under a page that still runs the old script.
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}
