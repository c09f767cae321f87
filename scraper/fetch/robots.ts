// robots.txt, fetched like every other request of the host (kjwatch's User-Agent, the proxy, a
// timeout); Crawlee only parses and applies it. Per RFC 9309 a missing file (4xx) allows
// everything; an unreachable one is also treated as allowing, as Crawlee does, so that a
// flaky robots.txt does not silence a site (the pages themselves are still fetched politely).

import { RobotsTxtFile } from '@crawlee/utils';
import { PermanentFetchError } from './fetch-errors.ts';
import type { HttpClient } from './http-client.ts';
import type { HttpFetchRequest } from './http-fetch.ts';
import { fetchOverHttp } from './http-fetch.ts';

const MAX_ROBOTS_BYTES = 512 * 1024;

export type RobotsOutcome =
  | { kind: 'file'; robots: RobotsTxtFile }
  | { kind: 'absent'; status?: number }
  | { kind: 'unreachable'; reason: string };

export async function fetchRobotsTxt(
  client: HttpClient,
  pageUrl: string,
  request: Omit<HttpFetchRequest, 'url' | 'maxBytes'>,
): Promise<RobotsOutcome> {
  const url = new URL('/robots.txt', pageUrl).href;
  try {
    const response = await fetchOverHttp(client, { ...request, url, maxBytes: MAX_ROBOTS_BYTES });
    const text = new TextDecoder('utf-8').decode(response.body);
    // A challenge or error page served as 200 is not a robots.txt: no rules in it apply.
    if (/^\s*</.test(text)) return { kind: 'absent', status: response.status };
    return { kind: 'file', robots: RobotsTxtFile.from(url, text) };
  } catch (err) {
    if (err instanceof PermanentFetchError && err.status !== undefined && err.status < 500) {
      return { kind: 'absent', status: err.status };
    }
    return { kind: 'unreachable', reason: err instanceof Error ? err.message : String(err) };
  }
}
