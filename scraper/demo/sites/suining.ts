// 遂宁市科学技术局 政务公开 (skjj.suining.gov.cn): `.content-list li` with root-relative links,
// pages numbered `?page=n` with no last-page marker, so the list ends at an empty page
// (`暂无信息`). Its first notice is seed 002, dated only in its closing signature.

import { createRandom } from '../compose-bodies.ts';
import { composeNotices } from '../compose-notices.ts';
import { bodyHtml, escapeHtml, fillTemplate, titleFills } from '../fill-template.ts';
import type { DemoNotice, ReplicaSiteSpec } from '../replica-types.ts';
import { readDemoNotices, readRepoPage } from '../repo-files.ts';
import { buildContent, type ReplicaList } from '../site-content.ts';
import { builtinProfile } from './builtin-profile.ts';

const LIST = '/zwgk/list/7a0f4b7e1c3d4e2f9b8a6c5d4e3f2a1b.html';

function pagination(index: number, count: number): string {
  const link = (n: number, text: string | number) => `<a href="?page=${n}">${text}</a>`;
  const pages = Array.from({ length: count }, (_, i) =>
    i === index ? `<span class="active">${i + 1}</span>` : link(i + 1, i + 1),
  );
  const prev =
    index > 0 ? link(index, '上一页') : '<a href="javascript:;" class="disabled">上一页</a>';
  const next =
    index + 1 < count
      ? link(index + 2, '下一页')
      : '<a href="javascript:;" class="disabled">下一页</a>';
  return `\n    ${[link(1, '首页'), prev, ...pages, next, link(count, '尾页')].join('\n    ')}\n  `;
}

function suiningList(notices: DemoNotice[], perPage: number): ReplicaList {
  const listHtml = readRepoPage('tests/fixtures/sites/suining-zwgk/list.html');
  const detailHtml = readRepoPage('tests/fixtures/sites/suining-zwgk/detail.html');
  const fixtureTitle = /<h1 class="detail-title">([^<]*)<\/h1>/.exec(detailHtml)?.[1] ?? '';
  const entry = (n: DemoNotice) =>
    `<li><a href="${escapeHtml(n.path)}" target="_blank" title="${escapeHtml(n.title)}">${escapeHtml(n.title)}</a><span>${n.date}</span></li>`;
  return {
    profileId: 'suining-zwgk',
    notices,
    perPage,
    emptyTail: true,
    pageRoute: (i) => (i === 0 ? LIST : `${LIST}?page=${i + 1}`),
    renderPage: (items, index, count) =>
      fillTemplate(listHtml, [
        {
          selector: '.content-list ul',
          html:
            items.length > 0
              ? items.map(entry).join('\n      ')
              : '<li class="no-data">暂无信息</li>',
        },
        { selector: '.pagination', html: pagination(Math.min(index, count - 1), count) },
      ]),
    renderDetail: (n) =>
      fillTemplate(detailHtml, [
        ...titleFills(fixtureTitle, n.title, detailHtml),
        { selector: '.detail-title', text: n.title },
        {
          selector: '.detail-info .date',
          text: `发布时间：${n.date}${n.time ? ` ${n.time}` : ''}`,
        },
        { selector: '.detail-info .source', text: `来源：${n.publisher}` },
        { selector: '.detail-content', html: `\n${bodyHtml(n.paragraphs, n.attachments, '')}\n` },
      ]),
  };
}

/** Suining's detail pages are named by a 32-digit hex id. */
function hexPath(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `/zwgk/detail/${hex}.html`;
}

export const suiningSite: ReplicaSiteSpec = {
  id: 'suining',
  name: '遂宁市科学技术局',
  realOrigin: 'https://skjj.suining.gov.cn',
  profiles: [builtinProfile('suining-zwgk')],
  build() {
    const hand = readDemoNotices('suining/notices.json');
    const ids = createRandom(3001);
    const archive = composeNotices({
      seed: 3002,
      count: 25,
      style: 'local',
      org: '遂宁市科学技术局',
      place: '遂宁市',
      publisher: '遂宁市科学技术局',
      addressee: '各县（市、区）科技主管部门，市直园区科技主管部门，各有关单位：',
      before: hand[hand.length - 1]!.date,
      path: () => hexPath(ids),
    });
    return buildContent([suiningList([...hand, ...archive], 15)]);
  },
};
