// 甘肃省科学技术厅 信息公开 (kjt.gansu.gov.cn): a GBK site — every page is sent as GBK bytes with
// `Content-Type: text/html; charset=GBK` — with pages named `xxgk_infolist_{n}.shtml`. Its oldest
// notice is seed 004, an older GBK page dated `22.10.2018  10:42`.
import { composeNotices } from '../compose-notices.ts';
import { bodyHtml, escapeHtml, fillTemplate, titleFills } from '../fill-template.ts';
import type { DemoNotice, ReplicaSiteSpec } from '../replica-types.ts';
import { readDemoNotices, readRepoPage } from '../repo-files.ts';
import { buildContent, type ReplicaList } from '../site-content.ts';
import { builtinProfile } from './builtin-profile.ts';

const DIR = '/kjt/c111483/';
const pageName = (i: number) => (i === 0 ? 'xxgk_infolist.shtml' : `xxgk_infolist_${i + 1}.shtml`);

function pages(index: number, count: number): string {
  const items = Array.from({ length: count }, (_, i) =>
    i === index ? `<span>${i + 1}</span>` : `<a href="${pageName(i)}">${i + 1}</a>`,
  );
  if (index + 1 < count) items.push(`<a href="${pageName(index + 1)}">下一页</a>`);
  return items.join('');
}

function gansuList(notices: DemoNotice[], perPage: number): ReplicaList {
  const listHtml = readRepoPage('tests/fixtures/sites/gansu-xxgk/list.html');
  const detailHtml = readRepoPage('tests/fixtures/sites/gansu-xxgk/detail.html');
  const fixtureTitle = /<h2 class="detail-title">([^<]*)<\/h2>/.exec(detailHtml)?.[1] ?? '';
  const gbk = { selector: 'meta[charset]', attrs: { charset: 'gbk' } };
  const entry = (n: DemoNotice) =>
    `<li><a href="${escapeHtml(n.path)}" target="_blank" title="${escapeHtml(n.title)}">${escapeHtml(n.title)}</a><b>${n.date}</b></li>`;
  return {
    profileId: 'gansu-xxgk',
    notices,
    perPage,
    pageRoute: (i) => `${DIR}${pageName(i)}`,
    renderPage: (items, index, count) =>
      fillTemplate(listHtml, [
        gbk,
        { selector: 'ul.kjtxxgklist', html: `\n      ${items.map(entry).join('\n      ')}\n    ` },
        { selector: '.pages', html: pages(index, count) },
      ]),
    renderDetail: (n) =>
      fillTemplate(detailHtml, [
        gbk,
        ...titleFills(fixtureTitle, n.title, detailHtml),
        { selector: '.detail-title', text: n.title },
        { selector: '.detail-info .time', text: `${n.date}${n.time ? ` ${n.time}` : ''}` },
        { selector: '.detail-info .source', text: `来源：${n.publisher}` },
        { selector: '.detail-content', html: `\n${bodyHtml(n.paragraphs, n.attachments, '')}\n` },
      ]),
  };
}

export const gansuSite: ReplicaSiteSpec = {
  id: 'gansu',
  name: '甘肃省科学技术厅',
  realOrigin: 'https://kjt.gansu.gov.cn',
  charset: 'gbk',
  profiles: [builtinProfile('gansu-xxgk')],
  build() {
    const hand = readDemoNotices('gansu/notices.json');
    // Seed 004 (2018) is the oldest entry: it goes after the composed ones.
    const seed = hand.filter((n) => n.file);
    const recent = hand.filter((n) => !n.file);
    const archive = composeNotices({
      seed: 4001,
      count: 26,
      style: 'local',
      org: '甘肃省科学技术厅',
      place: '甘肃省',
      publisher: '甘肃省科学技术厅',
      addressee: '各市（州）科技局，兰州新区科技局，各有关单位：',
      before: recent[recent.length - 1]!.date,
      path: (date, i) =>
        `/kjt/c111534/${date.slice(0, 7).replace('-', '')}/${173_900_000 - i * 7919}.shtml`,
    });
    return buildContent([gansuList([...recent, ...archive, ...seed], 15)]);
  },
};
