// Plain HTTP through Crawlee's HTTP client (got-scraping), streamed so that a body over the size
// cap is cut off instead of filling memory. No browser-like header generation: kjwatch says who
// it is in the User-Agent (DESIGN.md: polite).
import type { BaseHttpClient } from '@crawlee/basic';
import {
  classifyFailure,
  isTransientStatus,
  PermanentFetchError,
  TransientFetchError,
} from './fetch-errors.ts';
import { type FetchedResponse, flattenHeaders } from './fetched-response.ts';

export interface HttpFetchRequest {
  url: string;
  userAgent: string;
  /** The host's cookies (from earlier responses or a browser that passed a challenge). */
  cookie?: string;
  proxyUrl?: string;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
}

async function readCapped(
  stream: AsyncIterable<Buffer>,
  url: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) {
      throw new PermanentFetchError(url, `larger than the ${maxBytes}-byte cap`);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/**
 * Fetches one URL. Resolves for 2xx and for the statuses a JS challenge uses (the caller decides);
 * throws TransientFetchError (5xx, 408, 429, network) or PermanentFetchError (other 4xx, too large).
 */
export async function fetchOverHttp(
  client: BaseHttpClient,
  request: HttpFetchRequest,
  passStatuses: ReadonlySet<number> = new Set(),
): Promise<FetchedResponse> {
  const { url, maxBytes } = request;
  const headers: Record<string, string> = {
    'user-agent': request.userAgent,
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
  };
  if (request.cookie) headers.cookie = request.cookie;
  const fetchedAt = new Date().toISOString();
  try {
    const response = await client.stream({
      url,
      method: 'GET',
      headers,
      ...(request.proxyUrl ? { proxyUrl: request.proxyUrl } : {}),
      timeout: { request: request.timeoutMs },
      useHeaderGenerator: false,
      throwHttpErrors: false,
      followRedirect: true,
      maxRedirects: 10,
      ...(request.signal ? { signal: request.signal } : {}),
    });
    const status = response.statusCode;
    const flat = flattenHeaders(response.headers);
    const declared = Number(flat['content-length']);
    const ok = (status >= 200 && status < 300) || passStatuses.has(status);
    if (!ok || declared > maxBytes) response.stream.destroy();
    if (isTransientStatus(status) && !passStatuses.has(status)) {
      throw new TransientFetchError(url, `HTTP ${status}`, status);
    }
    if (!ok) throw new PermanentFetchError(url, `HTTP ${status}`, status);
    if (declared > maxBytes) {
      throw new PermanentFetchError(url, `${declared} bytes, over the ${maxBytes}-byte cap`);
    }
    const body = await readCapped(response.stream, url, maxBytes);
    const page: FetchedResponse = {
      url,
      finalUrl: response.url,
      status,
      headers: flat,
      body,
      via: 'http',
      fetchedAt,
    };
    if (flat['content-type']) page.contentType = flat['content-type'];
    return page;
  } catch (err) {
    throw classifyFailure(url, err);
  }
}
