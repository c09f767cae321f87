// The browser path: one Chromium per crawl, launched on first need (most crawls never need it),
// one context per host so each host keeps its own cookies. Images, fonts, media and styles are
// not loaded: only the document and its scripts matter, and every extra request costs the host.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  classifyFailure,
  isTransientStatus,
  PermanentFetchError,
  TransientFetchError,
} from './fetch-errors.ts';
import { type FetchedResponse, flattenHeaders } from './fetched-response.ts';
import { CHROMIUM_ARGS, resolveChromium } from './find-browser.ts';
import { settlePage, watchDocuments } from './settle-page.ts';

export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
}

export interface BrowserFetcherOptions {
  executablePath?: string;
  headless?: boolean;
  /** An http:// proxy (SOCKS and authenticated proxies arrive bridged, see proxy-bridge.ts). */
  proxyUrl?: string;
  userAgent: string;
  timeoutMs: number;
}

const SCRIPT_WAIT_MS = 3000;
const SKIPPED_RESOURCES = new Set(['image', 'media', 'font', 'stylesheet']);

export class BrowserFetcher {
  private browser: Promise<Browser> | undefined;
  private readonly contexts = new Map<string, Promise<BrowserContext>>();
  /** Pages kept open between loads: opening a page costs more than loading a small one. */
  private readonly idlePages = new Map<string, Page[]>();

  constructor(private readonly options: BrowserFetcherOptions) {}

  private async launch(): Promise<Browser> {
    const { proxyUrl, headless = true } = this.options;
    // Loaded on first need: most crawls never start a browser, and the CLI starts faster.
    const { chromium } = await import('playwright-core');
    return chromium.launch({
      executablePath: await resolveChromium(this.options.executablePath),
      headless,
      args: CHROMIUM_ARGS,
      // Chromium never proxies loopback; NO_PROXY hosts go direct as on the HTTP path.
      ...(proxyUrl
        ? {
            proxy: { server: proxyUrl, bypass: process.env.NO_PROXY ?? process.env.no_proxy ?? '' },
          }
        : {}),
    });
  }

  private async contextFor(host: string): Promise<BrowserContext> {
    let context = this.contexts.get(host);
    if (!context) {
      this.browser ??= this.launch();
      const browser = this.browser;
      context = (async () => {
        const created = await (await browser).newContext({
          userAgent: this.options.userAgent,
          ignoreHTTPSErrors: true,
          locale: 'zh-CN',
        });
        await created.route('**/*', (route) =>
          SKIPPED_RESOURCES.has(route.request().resourceType()) ? route.abort() : route.continue(),
        );
        return created;
      })();
      this.contexts.set(host, context);
    }
    return context;
  }

  /**
   * Loads `url` in the browser (passing a JS challenge if one comes); returns the page and the
   * host's cookies. `waitForScripts`: also wait (briefly) until the network is quiet, for lists
   * that a script fills after the page loaded.
   */
  async fetch(
    url: string,
    cookies: readonly BrowserCookie[] = [],
    waitForScripts = false,
  ): Promise<{ response: FetchedResponse; cookies: BrowserCookie[] }> {
    const host = new URL(url).host;
    const context = await this.contextFor(host);
    if (cookies.length > 0) await context.addCookies([...cookies]);
    const page = this.idlePages.get(host)?.pop() ?? (await context.newPage());
    const deadline = Date.now() + this.options.timeoutMs;
    const { documents, stop } = watchDocuments(page);
    let reusable = false;
    try {
      const fetchedAt = new Date().toISOString();
      // A challenge reloads the page while goto waits; settlePage follows it either way.
      await page
        .goto(url, { waitUntil: 'load', timeout: this.options.timeoutMs })
        .catch((err: unknown) => {
          if (documents.length === 0) throw err;
        });
      const { response, body } = await settlePage(page, documents, url, deadline);
      if (waitForScripts) {
        await page
          .waitForLoadState('networkidle', { timeout: SCRIPT_WAIT_MS })
          .catch(() => undefined);
      }
      const status = response.status();
      if (isTransientStatus(status)) throw new TransientFetchError(url, `HTTP ${status}`, status);
      if (status >= 400) throw new PermanentFetchError(url, `HTTP ${status}`, status);
      const headers = flattenHeaders(await response.allHeaders());
      const fetched: FetchedResponse = {
        url,
        finalUrl: response.url(),
        status,
        headers,
        body,
        renderedHtml: await page.content(),
        via: 'browser',
        fetchedAt,
      };
      if (headers['content-type']) fetched.contentType = headers['content-type'];
      reusable = true;
      return { response: fetched, cookies: await context.cookies(url) };
    } catch (err) {
      throw classifyFailure(url, err);
    } finally {
      stop();
      // A page that failed may be mid-navigation: close it rather than hand it to the next load.
      if (reusable) this.idlePages.set(host, [...(this.idlePages.get(host) ?? []), page]);
      else await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.contexts.clear();
    this.idlePages.clear();
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}
