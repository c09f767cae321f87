// MOST 科技部工作 (/kjbgz/): the portal's older table template — `td.STYLE30 a` followed by
// `(2021-12-06)` — with `.htm` pages and the TRS pager in variables (tests/fixtures/sites/most-kjbgz).
import { bodyHtml, escapeHtml, fillTemplate, titleFills } from '../fill-template.ts';
import type { DemoNotice } from '../replica-types.ts';
import { readRepoPage } from '../repo-files.ts';
import { type ReplicaList, trsPageName } from '../site-content.ts';
import { linkFrom } from './link-path.ts';
import { mostDate } from './most-tztg.ts';

const DIR = '/kjbgz/';
const ZOOM =
  '【字号: <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】';

function row(n: DemoNotice): string {
  const href = escapeHtml(linkFrom(DIR, n.path));
  return `<tr>
          <td class="STYLE30"><a href="${href}" target="_blank">${escapeHtml(n.title)}</a> (${n.date})</td>
        </tr>`;
}

function pager(count: number, index: number): string {
  return `
            var currentPage = ${index};//所在页从0开始
            var prevPage = currentPage-1//上一页
            var nextPage = currentPage+1//下一页
            var countPage = ${count}//共多少页
            createPageHTML(countPage, currentPage, "index", "htm");
            `;
}

export function mostKjbgzList(notices: DemoNotice[], perPage: number): ReplicaList {
  const listHtml = readRepoPage('tests/fixtures/sites/most-kjbgz/list.html');
  const detailHtml = readRepoPage('tests/fixtures/sites/most-kjbgz/detail.html');
  const fixtureTitle = /<td id="Title"[^>]*>([^<]*)<\/td>/.exec(detailHtml)?.[1] ?? '';
  return {
    profileId: 'most-kjbgz',
    notices,
    perPage,
    pageRoute: (i) => `${DIR}${trsPageName(i, 'htm')}`,
    renderPage: (items, index, count) =>
      fillTemplate(listHtml, [
        { selector: 'table.list', html: `\n        ${items.map(row).join('\n        ')}\n      ` },
        { selector: 'td.page script', text: pager(count, index) },
      ]),
    renderDetail: (n) =>
      fillTemplate(
        detailHtml,
        [
          ...titleFills(fixtureTitle, n.title, detailHtml),
          { selector: '#Title', text: n.title },
          {
            selector: '.xl_date',
            html: `日期: ${mostDate(n.date)}${n.time ? ` ${n.time}` : ''}　　　${ZOOM}`,
          },
          { selector: '#Zoom .TRS_Editor', html: `\n${bodyHtml(n.paragraphs, n.attachments)}\n` },
        ],
        // The news template names its source only in a meta tag (ContentSource, as seed 003 has).
        (doc) => {
          const meta = doc.createElement('meta');
          meta.setAttribute('name', 'ContentSource');
          meta.setAttribute('content', n.publisher);
          doc.head.appendChild(meta);
        },
      ),
  };
}
