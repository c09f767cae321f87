// The small government site the crawl tests serve on 127.0.0.1: its address, its profile, and
// the HTML of its list and notice pages.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';

/** Starts `server` on a free port of 127.0.0.1; its base URL (`http://127.0.0.1:PORT`). */
export async function listenLocally(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A city bureau's plain-HTTP list (`ul.list li`, one page) at `start`. */
export function fakeProfile(
  id: string,
  start: string,
  more: Partial<SiteProfile> = {},
): SiteProfile {
  return {
    id,
    name: '通知',
    org: '测试局',
    level: 'city',
    start: [start],
    list: { item: 'ul.list li', paging: { type: 'none' } },
    fetch: 'http',
    ...more,
  };
}

export interface FakeEntry {
  href: string;
  title: string;
  date: string;
}

/** A page of a fake site: `body` in a bare document. */
export const fakePage = (body: string) => `<html><body>${body}</body></html>`;

/** A list page's body: the entries, then `after` (a next link, say). */
export const fakeListBody = (entries: readonly FakeEntry[], after = '') =>
  `<ul class="list">${entries.map((e) => `<li><a href="${e.href}">${e.title}</a><span>${e.date}</span></li>`).join('')}</ul>${after}`;

/** A notice page's body, its text naming `path` so that each notice differs. */
export const fakeNoticeBody = (path: string, text = '现将有关事项通知如下。') =>
  `<h1>通知${path}</h1><div class="TRS_Editor"><p>${text}${path}</p></div>`;
