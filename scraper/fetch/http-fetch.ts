// Plain HTTP through undici, streamed so that a body over the size cap is cut off instead of
// filling memory (after decompression too: a small gzip can inflate to gigabytes). Redirects
// are followed here, so the final URL is known and cookies set on the way are kept. No
// browser-like header generation: kjwatch says who it is in the User-Agent (DESIGN.md: polite).
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import {
  classifyFailure,
  isTransientStatus,
  PermanentFetchError,
  TransientFetchError,
} from './fetch-errors.ts';
import { type FetchedResponse, flattenHeaders } from './fetched-response.ts';
import type { HttpClient } from './http-client.ts';

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

const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

async function readCapped(
  stream: AsyncIterable<Uint8Array>,
  url: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) {
      throw new PermanentFetchError(url, `larger than the ${maxBytes}-byte cap`);
    }
    chunks.push(chunk);
  }
  // One copy into a buffer of its own: a Buffer from concat may be a slice of Node's shared
  // pool, which posting the page to the writer thread would copy whole.
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}

/** The body as sent, decoded from its Content-Encoding (gzip, deflate, br). */
function decoded(body: Readable, encoding: string | undefined): AsyncIterable<Uint8Array> {
  const coding = encoding?.trim().toLowerCase();
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? createGunzip()
      : coding === 'deflate'
        ? createInflate()
        : coding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) return body;
  body.on('error', (err) => decoder.destroy(err));
  return body.pipe(decoder);
}

const headerValue = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join('\n') : value;

/**
 * Fetches one URL. Resolves for 2xx and for the statuses a JS challenge uses (the caller decides);
 * throws TransientFetchError (5xx, 408, 429, network, timeout) or PermanentFetchError (other 4xx,
 * too large, too many redirects).
 */
export async function fetchOverHttp(
  client: HttpClient,
  request: HttpFetchRequest,
  passStatuses: ReadonlySet<number> = new Set(),
): Promise<FetchedResponse> {
  const { url, maxBytes, timeoutMs } = request;
  const headers: Record<string, string> = {
    'user-agent': request.userAgent,
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (request.cookie) headers.cookie = request.cookie;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const dispatcher = client.dispatcher(request.proxyUrl);
  const fetchedAt = new Date().toISOString();
  const setCookies: string[] = [];
  let current = url;
  try {
    for (let hops = 0; ; hops++) {
      const target = new URL(current);
      const response = await dispatcher.request({
        origin: target.origin,
        path: target.pathname + target.search,
        method: 'GET',
        headers,
        signal,
      });
      const status = response.statusCode;
      const cookies = headerValue(response.headers['set-cookie']);
      if (cookies) setCookies.push(cookies);
      const location = headerValue(response.headers.location);
      if (REDIRECTS.has(status) && location) {
        await response.body.dump();
        if (hops >= MAX_REDIRECTS) {
          throw new PermanentFetchError(url, `more than ${MAX_REDIRECTS} redirects`, status);
        }
        current = new URL(location, current).href;
        continue;
      }
      const flat = flattenHeaders(response.headers);
      if (setCookies.length > 0) flat['set-cookie'] = setCookies.join('\n');
      const declared = Number(flat['content-length']);
      const ok = (status >= 200 && status < 300) || passStatuses.has(status);
      const compressed = Boolean(flat['content-encoding']);
      if (!ok || (!compressed && declared > maxBytes)) await response.body.dump();
      if (isTransientStatus(status) && !passStatuses.has(status)) {
        throw new TransientFetchError(url, `HTTP ${status}`, status);
      }
      if (!ok) throw new PermanentFetchError(url, `HTTP ${status}`, status);
      if (!compressed && declared > maxBytes) {
        throw new PermanentFetchError(url, `${declared} bytes, over the ${maxBytes}-byte cap`);
      }
      const body = await readCapped(
        decoded(response.body, flat['content-encoding']),
        url,
        maxBytes,
      ).catch((err: unknown) => {
        response.body.destroy();
        throw err;
      });
      const page: FetchedResponse = {
        url,
        finalUrl: current,
        status,
        headers: flat,
        body,
        via: 'http',
        fetchedAt,
      };
      if (flat['content-type']) page.contentType = flat['content-type'];
      return page;
    }
  } catch (err) {
    if (timeout.aborted && !request.signal?.aborted) {
      throw new TransientFetchError(url, `no answer within ${timeoutMs} ms`, undefined, {
        cause: err,
      });
    }
    throw classifyFailure(url, err);
  }
}
