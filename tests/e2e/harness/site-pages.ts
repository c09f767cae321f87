// The pages the fake sites serve: the site fixtures (tests/fixtures/sites/<id>/list.html and
// detail.html), the real MOST pages of ../shared/fixtures/real/most/ under their real paths,
// and the pages written for these tests (tests/e2e/pages/). Each page's real address comes from
// its `<!-- URL -->` first line, or for the real pages from the golden file beside them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { E2E_PAGES_DIR, REPO_ROOT, SHARED_DIR, SITE_FIXTURES_DIR } from './paths.ts';
import type { SitePage } from './site-server.ts';

export interface NamedPage extends SitePage {
  file: string;
  url: string;
}

function commentUrl(file: string): string | undefined {
  const head = readFileSync(file, 'latin1').slice(0, 500);
  return /^<!--\s*(https?:\/\/\S+)/.exec(head)?.[1];
}

function pageFrom(file: string): NamedPage {
  const url = commentUrl(file);
  if (!url) throw new Error(`${file} must start with <!-- the page's URL -->`);
  return { file, url };
}

/** `list.html` (or another file) of a built-in profile's fixtures. */
export function fixturePage(profileId: string, name = 'list.html'): NamedPage {
  return pageFrom(`${SITE_FIXTURES_DIR}${profileId}/${name}`);
}

export function fixtureProfileIds(): string[] {
  return readdirSync(SITE_FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${SITE_FIXTURES_DIR}${d.name}/list.html`))
    .map((d) => d.name)
    .sort();
}

/** A real MOST page by its file stem, e.g. `most_golden_list_page`. */
export function realMostPage(stem: string): NamedPage {
  const dir = `${SHARED_DIR}fixtures/real/most/`;
  const golden = JSON.parse(readFileSync(`${dir}${stem}.golden.json`, 'utf8')) as { url: string };
  return { file: `${dir}${stem}.html`, url: golden.url };
}

export function realMostStems(): string[] {
  const dir = `${SHARED_DIR}fixtures/real/most/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

/**
 * Seed notices (tests/fixtures/seeds/) served as replicas under a built-in site's host: the
 * traditional-script mirror with <ruby> pinyin becomes a page of SIOM's news column.
 */
export const SEED_REPLICAS: Readonly<Record<string, string>> = {
  '000-siom-mirror-ruby.html': 'http://www.siom.cas.cn/xwzx/zhxw/202012/t20201217_ruby.html',
};

export function seedReplica(name: string): NamedPage {
  const url = SEED_REPLICAS[name];
  if (!url) throw new Error(`no replica address for seed ${name}`);
  return { file: `${REPO_ROOT}tests/fixtures/seeds/${name}`, url };
}

/** A page written for the end-to-end tests, tests/e2e/pages/<name>. */
export function e2ePage(name: string): NamedPage {
  return pageFrom(`${E2E_PAGES_DIR}${name}`);
}

/** Every page above, for one server. */
export function allSitePages(): NamedPage[] {
  const pages: NamedPage[] = [];
  for (const id of fixtureProfileIds()) {
    pages.push(fixturePage(id, 'list.html'), fixturePage(id, 'detail.html'));
  }
  for (const stem of realMostStems()) pages.push(realMostPage(stem));
  for (const name of Object.keys(SEED_REPLICAS)) pages.push(seedReplica(name));
  for (const name of readdirSync(E2E_PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    pages.push(e2ePage(name));
  }
  return pages;
}
