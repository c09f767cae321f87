// One host's fetching: plain HTTP with the host's cookies; the browser when the profile says so
// or (auto) when a response is a JS challenge. The browser's cookies go into the Crawlee session
// the host's requests share, so after one browser load the next requests are plain HTTP again.
import type { Session } from '@crawlee/basic';
import type { FetchMode } from '../../shared/sites/define-site-profile.ts';
import type { BrowserCookie, BrowserFetcher } from './browser-fetch.ts';
import { PermanentFetchError } from './fetch-errors.ts';
import type { FetchedResponse, FetchPath } from './fetched-response.ts';
import type { HttpClient } from './http-client.ts';
import { fetchOverHttp } from './http-fetch.ts';
import { isJsChallenge } from './js-challenge.ts';

export interface HostFetcherOptions {
  httpClient: HttpClient;
  /** The crawl's browser, created on first use. */
  browser: () => BrowserFetcher;
  userAgent: string;
  proxyUrl?: string;
  timeoutMs: number;
  /** Cookies of an earlier run (crawl/host-cookies.ts), given to the host's session first. */
  savedCookies?: readonly BrowserCookie[];
}

export interface FetchTarget {
  url: string;
  mode: FetchMode;
  maxBytes: number;
  /** A file (attachment): on a challenge, this page is loaded in the browser to earn the cookie. */
  challengePage?: string;
  /** Browser: also wait until the network is quiet (lists that a script fills after loading). */
  waitForScripts?: boolean;
  /** Called once per request sent (a browser load counts as one browser request). */
  onRequest?: (via: FetchPath) => void;
}

const CHALLENGE_STATUSES: ReadonlySet<number> = new Set([412, 521]);

/** A session's cookies for `url`, as the browser and the next run's cookie file take them. */
function sessionCookiesFor(session: Session | undefined, url: string): BrowserCookie[] {
  if (!session) return [];
  const { hostname } = new URL(url);
  return session.getCookies(url).map((c) => ({
    name: c.name,
    value: c.value,
    domain: c.domain ?? hostname,
    path: c.path ?? '/',
    // Seconds since the epoch; -1: a session cookie.
    expires: typeof c.expires === 'number' ? c.expires : -1,
    httpOnly: c.httpOnly ?? false,
    secure: c.secure ?? false,
  }));
}

export class HostFetcher {
  private session: Session | undefined;

  constructor(private readonly options: HostFetcherOptions) {}

  /** The host session's cookies for `url`, to keep for the next run. */
  cookies(url: string): BrowserCookie[] {
    return sessionCookiesFor(this.session, url);
  }

  /**
   * Sessions given a cookie (kept from an earlier run, set by a response, earned in the
   * browser). Only those are asked for a Cookie header: tough-cookie's look-up, promises and
   * public-suffix parsing included, was ~9 ms of a demo crawl's thread for hosts that set none.
   */
  private readonly withCookies = new WeakSet<Session>();

  /** The first time a session is seen, it gets the cookies an earlier run kept. */
  private adopt(session: Session | undefined, url: string): void {
    if (!session || session === this.session) return;
    this.session = session;
    const saved = this.options.savedCookies ?? [];
    if (saved.length > 0) {
      session.setCookies([...saved], url);
      this.withCookies.add(session);
    }
  }

  private async viaHttp(target: FetchTarget, url: string, session: Session | undefined) {
    const { options } = this;
    const { maxBytes } = target;
    target.onRequest?.('http');
    const response = await fetchOverHttp(
      options.httpClient,
      {
        url,
        userAgent: options.userAgent,
        timeoutMs: options.timeoutMs,
        maxBytes,
        ...(session && this.withCookies.has(session)
          ? { cookie: session.getCookieString(url) }
          : {}),
        ...(options.proxyUrl ? { proxyUrl: options.proxyUrl } : {}),
      },
      CHALLENGE_STATUSES,
    );
    for (const raw of response.headers['set-cookie']?.split('\n') ?? []) {
      try {
        session?.setCookie(raw, response.finalUrl);
        if (session) this.withCookies.add(session);
      } catch {
        // A malformed Set-Cookie line is the server's problem; the page itself is fine.
      }
    }
    return response;
  }

  private async viaBrowser(
    target: FetchTarget,
    url: string,
    session: Session | undefined,
  ): Promise<FetchedResponse> {
    target.onRequest?.('browser');
    const { response, cookies } = await this.options
      .browser()
      .fetch(url, sessionCookiesFor(session, url), target.waitForScripts ?? false);
    if (session && cookies.length > 0) {
      session.setCookies(cookies, url);
      this.withCookies.add(session);
    }
    return response;
  }

  async fetch(target: FetchTarget, session: Session | undefined): Promise<FetchedResponse> {
    const { url, mode, challengePage } = target;
    this.adopt(session, url);
    if (mode === 'browser' && !challengePage) return this.viaBrowser(target, url, session);
    const response = await this.viaHttp(target, url, session);
    if (!isJsChallenge(response.status, response.body)) return response;
    if (mode === 'http') {
      throw new PermanentFetchError(
        url,
        `answered with a JS challenge (HTTP ${response.status}); set the profile's fetch to "auto"`,
        response.status,
      );
    }
    if (!challengePage) return this.viaBrowser(target, url, session);
    // A file cannot be "loaded" in a page: earn the cookie on its notice page, then ask again.
    await this.viaBrowser(target, challengePage, session);
    const retried = await this.viaHttp(target, url, session);
    if (isJsChallenge(retried.status, retried.body) || retried.status >= 400) {
      throw new PermanentFetchError(url, `still a JS challenge (HTTP ${retried.status})`);
    }
    return retried;
  }
}
