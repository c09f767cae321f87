// 安徽省科学技术厅 通知公告 (kjt.ah.gov.cn): `ul.doc_list li` with `span.date`, paged by the
// pager's 下一页 link (`.pagination a.next`), which the last page does not have.
import { composeNotices } from '../compose-notices.ts';
import { bodyHtml, escapeHtml, fillTemplate, titleFills } from '../fill-template.ts';
import type { DemoNotice, ReplicaSiteSpec } from '../replica-types.ts';
import { readDemoNotices, readRepoPage } from '../repo-files.ts';
import { buildContent, type ReplicaList } from '../site-content.ts';
import { builtinProfile } from './builtin-profile.ts';

const DIR = '/kjzx/tzgg/';
const pageName = (i: number) => `${DIR}${i === 0 ? 'index.html' : `index_${i + 1}.html`}`;

function pagination(index: number, count: number): string {
  const items = Array.from({ length: count }, (_, i) =>
    i === index ? `<span class="current">${i + 1}</span>` : `<a href="${pageName(i)}">${i + 1}</a>`,
  );
  if (index + 1 < count) items.push(`<a class="next" href="${pageName(index + 1)}">下一页</a>`);
  items.push(`<a class="last" href="${pageName(count - 1)}">尾页</a>`);
  return `\n      ${items.join('\n      ')}\n    `;
}

function anhuiList(notices: DemoNotice[], perPage: number): ReplicaList {
  const listHtml = readRepoPage('tests/fixtures/sites/anhui-tzgg/list.html');
  const detailHtml = readRepoPage('tests/fixtures/sites/anhui-tzgg/detail.html');
  const fixtureTitle = /<h1 class="wztit">([^<]*)<\/h1>/.exec(detailHtml)?.[1] ?? '';
  const entry = (n: DemoNotice) =>
    `<li><a href="${escapeHtml(n.path)}" target="_blank" title="${escapeHtml(n.title)}">${escapeHtml(n.title)}</a><span class="date">${n.date}</span></li>`;
  return {
    profileId: 'anhui-tzgg',
    notices,
    perPage,
    pageRoute: pageName,
    renderPage: (items, index, count) =>
      fillTemplate(listHtml, [
        { selector: 'ul.doc_list', html: `\n      ${items.map(entry).join('\n      ')}\n    ` },
        { selector: '.pagination', html: pagination(index, count) },
      ]),
    renderDetail: (n) =>
      fillTemplate(detailHtml, [
        ...titleFills(fixtureTitle, n.title, detailHtml),
        { selector: 'h1.wztit', text: n.title },
        { selector: '.wzxx .fbsj', text: `发布时间：${n.date}${n.time ? ` ${n.time}` : ''}` },
        { selector: '.wzxx .ly', text: `来源：${n.publisher}` },
        { selector: 'div.wzcon', html: `\n${bodyHtml(n.paragraphs, n.attachments)}\n` },
      ]),
  };
}

export const anhuiSite: ReplicaSiteSpec = {
  id: 'anhui',
  name: '安徽省科学技术厅',
  realOrigin: 'https://kjt.ah.gov.cn',
  profiles: [builtinProfile('anhui-tzgg')],
  build() {
    const hand = readDemoNotices('anhui/notices.json');
    const archive = composeNotices({
      seed: 5001,
      count: 25,
      style: 'local',
      org: '安徽省科学技术厅',
      place: '安徽省',
      publisher: '安徽省科学技术厅',
      addressee: '各市科技局，省直有关单位，各有关单位：',
      before: hand[hand.length - 1]!.date,
      path: (_date, i) => `${DIR}${121_515_000 - i * 3761}.html`,
    });
    return buildContent([anhuiList([...hand, ...archive], 15)]);
  },
};
