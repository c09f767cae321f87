import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { extractNotice } from '../../../shared/extract/extract-notice.ts';
import type { SiteProfile } from '../../../shared/sites/define-site-profile.ts';
import { getProfile, profileForUrl } from '../../../shared/sites/index.ts';
import { decodeHtml, looksBinary } from '../../html/decode-html.ts';
import { limitHtml } from '../../html/limit-html.ts';
import { parseHtml } from '../../html/parse-html.ts';
import { CliError } from '../errors.ts';

const FETCH_TIMEOUT_MS = 20_000;

interface Page {
  bytes: Uint8Array;
  contentType?: string;
  /** Where the page came from: the final URL after redirects, or the file. */
  source: string;
  fetchedAt?: string;
}

async function fetchPage(url: string): Promise<Page> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (err) {
    const reason =
      err instanceof Error && err.name === 'TimeoutError' ? 'timed out after 20 s' : err;
    const cause = reason instanceof Error ? (reason.cause ?? reason).toString() : String(reason);
    throw new CliError(`cannot fetch ${url}: ${cause.replace(/^Error: /, '')}`);
  }
  if (!res.ok) throw new CliError(`cannot fetch ${url}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const page: Page = { bytes, source: res.url || url, fetchedAt: new Date().toISOString() };
  const contentType = res.headers.get('content-type');
  if (contentType) page.contentType = contentType;
  return page;
}

function readPage(file: string): Page {
  try {
    return { bytes: readFileSync(file), source: pathToFileURL(resolve(file)).href };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code);
    throw new CliError(`${file}: ${why}`);
  }
}

/** Saved pages name their address in a leading comment: `<!-- https://… -->`. */
function urlFromComment(html: string): string | undefined {
  return /^\s*(?:<!doctype[^>]*>\s*)?<!--\s*(https?:\/\/\S+?)\s*-->/i.exec(html)?.[1];
}

function checkedUrl(url: string): string {
  if (!URL.canParse(url)) throw new CliError(`--url "${url}" is not a URL`, 2);
  return url;
}

function pickProfile(siteId: string | undefined, url: string): SiteProfile | undefined {
  if (siteId === undefined) return profileForUrl(url);
  const profile = getProfile(siteId);
  if (!profile)
    throw new CliError(`unknown site "${siteId}" (run \`kjwatch sites\` for the list)`, 2);
  return profile;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract one notice from a detail page (file or http(s) URL); prints it as JSON')
    .argument('<file-or-url>', 'a saved page (any charset) or an http(s) address')
    .option(
      '--url <url>',
      "the page's address, for links, id and URL dates (default: the URL fetched, or a leading <!-- https://… --> comment)",
    )
    .option('--site <id>', 'use this site profile (default: the profile matching the URL)')
    .action(async (input: string, opts: { url?: string; site?: string }) => {
      if (opts.url !== undefined) checkedUrl(opts.url);
      const isUrl = /^https?:\/\//i.test(input);
      if (isUrl) checkedUrl(input);
      const page = isUrl ? await fetchPage(input) : readPage(input);
      if (looksBinary(page.bytes)) {
        throw new CliError(`${input}: not an HTML page (binary content)`);
      }
      const { html, truncated } = limitHtml(decodeHtml(page.bytes, page.contentType));
      if (truncated)
        process.stderr.write(`kjwatch: warning: ${input} is ${truncated}; read its first part\n`);
      const url = opts.url ?? (isUrl ? page.source : (urlFromComment(html) ?? page.source));
      const profile = pickProfile(opts.site, url);
      const options = {
        url,
        ...(profile ? { profile } : {}),
        ...(opts.site ? { siteId: opts.site } : {}),
      };
      const notice = extractNotice(parseHtml(html), options);
      if (page.fetchedAt) notice.fetchedAt = page.fetchedAt;
      process.stdout.write(`${JSON.stringify(notice, null, 2)}\n`);
    });
}
