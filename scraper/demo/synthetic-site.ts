// A large generated TRS site for the memory and throughput bench: N notices on N / perPage list
// pages of the CAS institute template, every page generated on request from the notice's
// number (deterministic, nothing kept in memory), so the server stays small however large N is.
import { defineSiteProfile, type SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { createRandom } from './compose-bodies.ts';
import { type ComposeStyleOptions, composeBody, composeTitle } from './compose-notices.ts';
import { bodyHtml, escapeHtml, fillTemplate } from './fill-template.ts';
import { startReplicaServer } from './replica-server.ts';
import type { ReplicaPage, SiteBehaviour } from './replica-types.ts';
import { readRepoPage } from './repo-files.ts';
import type { RequestLog } from './request-log.ts';

export interface SyntheticSiteOptions {
  notices?: number;
  perPage?: number;
  behaviour?: SiteBehaviour;
}

export interface SyntheticSite {
  origin: string;
  profile: SiteProfile;
  notices: number;
  pages: number;
  /** The detail URL of notice k (0 = newest). */
  noticeUrl(k: number): string;
  log: RequestLog;
  close(): Promise<void>;
}

const DIR = '/xwdt/zhxw/';
const FIRST_ID = 7_000_000;
const NEWEST = Date.UTC(2024, 5, 28);
const STYLES: ComposeStyleOptions[] = [
  { style: 'news', org: '国家授时中心', fields: 'ntsc' },
  { style: 'national', org: '科技部', addressee: '各有关单位：' },
];

/** Four notices a day, newest first. */
function dateOf(k: number): string {
  return new Date(NEWEST - Math.floor(k / 4) * 86_400_000).toISOString().slice(0, 10);
}

function pathOf(k: number): string {
  const d = dateOf(k).replaceAll('-', '');
  return `${DIR}${d.slice(0, 6)}/t${d}_${FIRST_ID + k}.html`;
}

function notice(k: number) {
  const random = createRandom(k + 1);
  const style = STYLES[k % STYLES.length]!;
  const date = dateOf(k);
  const title = composeTitle(style, date.slice(0, 4), random);
  return { title, date, paragraphs: composeBody(style, title, date, random) };
}

/** The fixture pages cut once around their variable parts, so each request is a few joins. */
function templates() {
  const list = fillTemplate(readRepoPage('tests/fixtures/sites/ntsc-zhxw/list.html'), [
    { selector: 'ul.list-news', text: '@ITEMS@' },
    { selector: '.page script', text: '@PAGER@' },
  ]);
  const detail = fillTemplate(readRepoPage('tests/fixtures/sites/ntsc-zhxw/detail.html'), [
    { selector: 'title', text: '@TITLE@----中国科学院国家授时中心' },
    { selector: 'p.wztitle', text: '@TITLE@' },
    { selector: 'p.wzinfo', text: '@INFO@' },
    { selector: '.TRS_Editor', text: '@BODY@' },
  ]);
  return { list, detail };
}

export async function startSyntheticSite(
  options: SyntheticSiteOptions = {},
): Promise<SyntheticSite> {
  const count = options.notices ?? 10_000;
  const perPage = options.perPage ?? 20;
  const pages = Math.ceil(count / perPage);
  const t = templates();

  function listPage(i: number): string {
    const items: string[] = [];
    for (let k = i * perPage; k < Math.min(count, (i + 1) * perPage); k++) {
      const { title, date } = notice(k);
      items.push(
        `<li><a href="./${pathOf(k).slice(DIR.length)}" target="_blank" title="${escapeHtml(title)}">${escapeHtml(title)}</a><span>[${date}]</span></li>`,
      );
    }
    return t.list
      .replace('@ITEMS@', items.join('\n'))
      .replace('@PAGER@', `createPageHTML(${pages}, ${i}, "index", "html");`);
  }

  function detailPage(k: number): string {
    const n = notice(k);
    const title = escapeHtml(n.title);
    return t.detail
      .replaceAll('@TITLE@', title)
      .replace('@INFO@', `发布时间：${n.date}　　文章来源：综合办公室|`)
      .replace('@BODY@', bodyHtml(n.paragraphs));
  }

  function resolve(path: string): ReplicaPage | undefined {
    const list = /^\/xwdt\/zhxw\/(?:index(?:_(\d+))?\.html)?$/.exec(path);
    if (list) {
      const i = Number(list[1] ?? 0);
      return i < pages ? { kind: 'list', body: listPage(i) } : undefined;
    }
    const detail = /_(\d+)\.html$/.exec(path);
    const k = detail ? Number(detail[1]) - FIRST_ID : -1;
    return k >= 0 && k < count && pathOf(k) === path
      ? { kind: 'detail', body: detailPage(k) }
      : undefined;
  }

  const server = await startReplicaServer({ resolve, behaviour: options.behaviour ?? {} });
  const profile = defineSiteProfile({
    id: 'synthetic-zhxw',
    name: '综合新闻（合成）',
    org: '合成站点',
    level: 'other',
    start: [`${server.origin}${DIR}index.html`],
    list: {
      item: '.list-news li',
      link: 'a',
      date: 'span',
      paging: { type: 'trs' },
      maxPages: pages,
    },
    detail: { title: 'p.wztitle', date: 'p.wzinfo', body: '.TRS_Editor' },
    fetch: 'http',
  });
  return {
    origin: server.origin,
    profile,
    notices: count,
    pages,
    noticeUrl: (k) => `${server.origin}${pathOf(k)}`,
    log: server.log,
    close: server.close,
  };
}
