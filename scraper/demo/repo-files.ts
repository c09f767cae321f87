// Files the replica sites are built from, read from this checkout at run time: the site
// fixtures and seed replicas under tests/fixtures, and the copies under scraper/demo/sites.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { DemoNotice } from './replica-types.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A file's bytes; `.gz` files come back unpacked. The real MOST pages are kept gzipped: their
 * markup is the sites' own (byte for byte, as evidence), which the project's linter would
 * otherwise check as if it were ours.
 */
export function readRepoBytes(relativePath: string): Uint8Array {
  const bytes = readFileSync(`${REPO_ROOT}${relativePath}`);
  return relativePath.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/**
 * A saved page without the `<!-- https://… -->` line that names its real address (tests use
 * it; a served page has no such line). Works on the bytes, so GBK pages stay GBK.
 */
export function withoutUrlComment(bytes: Uint8Array): Uint8Array {
  const head = Buffer.from(bytes.subarray(0, 600)).toString('latin1');
  const m = /^\s*<!--\s*https?:\/\/[^>]*-->\r?\n?/.exec(head);
  return m ? bytes.subarray(m[0].length) : bytes;
}

/** A UTF-8 page of the repository, URL comment removed. */
export function readRepoPage(relativePath: string): string {
  return Buffer.from(withoutUrlComment(readRepoBytes(relativePath))).toString('utf8');
}

/** Hand-made notices of a replica site: a JSON file under scraper/demo/sites/. */
export function readDemoNotices(file: string): DemoNotice[] {
  const text = readFileSync(`${REPO_ROOT}scraper/demo/sites/${file}`, 'utf8');
  return JSON.parse(text) as DemoNotice[];
}
