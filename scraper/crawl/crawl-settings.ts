// CrawlOptions with their defaults filled in: polite unless told otherwise (one request at a time
// per host, a second between requests, robots.txt obeyed, a User-Agent that says who is asking).
import { dirname, join } from 'node:path';
import { proxyFromEnv } from '../fetch/proxy-bridge.ts';
import type { CrawlOptions } from './crawl-types.ts';

export const KJWATCH_VERSION = '0.1';
const MB = 1024 * 1024;

export interface CrawlSettings {
  userAgent: string;
  delayMs: number;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  respectRobots: boolean;
  refresh: boolean;
  maxPages: number | undefined;
  maxPageBytes: number;
  maxAttachmentBytes: number;
  proxy: string | undefined;
  stateDir: string | undefined;
  warcDir: string | undefined;
}

export function userAgentFor(contact: string | undefined): string {
  return contact ? `kjwatch/${KJWATCH_VERSION} (+${contact})` : `kjwatch/${KJWATCH_VERSION}`;
}

function positive(name: string, value: number | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min)
    throw new RangeError(`${name} must be ≥ ${min}, not ${value}`);
  return value;
}

/** Files beside the database; none for an in-memory store. */
function besideStore(storePath: string, option: string | false | undefined, name: string) {
  if (option === false) return undefined;
  if (option !== undefined) return option;
  if (storePath === '' || storePath === ':memory:') return undefined;
  return name === 'warc' ? join(dirname(storePath), 'warc') : `${storePath}.crawl`;
}

export function resolveCrawlSettings(options: CrawlOptions): CrawlSettings {
  const contact = options.contact ?? process.env.KJWATCH_CONTACT;
  return {
    userAgent: options.userAgent ?? userAgentFor(contact || undefined),
    delayMs: positive('delayMs', options.delayMs, 1000),
    concurrency: Math.floor(positive('concurrency', options.concurrency, 1, 1)),
    timeoutMs: positive('timeoutMs', options.timeoutMs, 30_000, 1),
    maxRetries: Math.floor(positive('maxRetries', options.maxRetries, 3)),
    retryBaseMs: positive('retryBaseMs', options.retryBaseMs, 1000),
    respectRobots: options.respectRobots ?? true,
    refresh: options.refresh ?? false,
    maxPages:
      options.maxPages === undefined ? undefined : positive('maxPages', options.maxPages, 5, 1),
    maxPageBytes: 20 * MB,
    maxAttachmentBytes: positive('maxAttachmentBytes', options.maxAttachmentBytes, 50 * MB, 1),
    proxy: proxyFromEnv(options.proxy),
    stateDir: besideStore(options.store.path, options.stateDir, 'state'),
    warcDir: besideStore(options.store.path, options.warcDir, 'warc'),
  };
}
