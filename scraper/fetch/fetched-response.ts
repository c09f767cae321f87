// What a fetch returns, whichever path (HTTP or browser) it took: the bytes as received and the
// response headers, which the store and the WARC file keep as evidence.

export type FetchPath = 'http' | 'browser';

export interface FetchedResponse {
  /** The URL asked for (the notice's identity); `finalUrl` is where redirects ended. */
  url: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  contentType?: string;
  /** The body as received (decompressed), undecoded: GBK pages stay GBK. */
  body: Uint8Array;
  /** Browser only: the DOM after the page's scripts ran (lists some sites fill by script). */
  renderedHtml?: string;
  via: FetchPath;
  fetchedAt: string;
}

/** Header values flattened to one string each (Set-Cookie lines joined by newlines). */
export function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join('\n') : value;
  }
  return flat;
}
