// MOST 通知通告 (/tztg/): `ul#data_list` with dates as `2024年04月12日`, TRS paging, detail pages
// with `#Title`, `.xl_date`, `.xl_source` and the body in `#Zoom .trs_editor_view`
// (tests/fixtures/sites/most-tztg).
import { bodyHtml, escapeHtml, fillTemplate, titleFills } from '../fill-template.ts';
import type { DemoNotice } from '../replica-types.ts';
import { readRepoPage } from '../repo-files.ts';
import { type ReplicaList, trsPageName, trsPagerScript } from '../site-content.ts';
import { linkFrom } from './link-path.ts';

const DIR = '/tztg/';

/** `2024-04-12` → `2024年04月12日`, as MOST lists write dates. */
export function mostDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日`;
}

/** Long titles are cut on the list, the whole title stays in the link's title attribute. */
export function listTitle(title: string, max = 42): string {
  return title.length > max ? `${title.slice(0, max - 1)}…` : title;
}

function entry(n: DemoNotice): string {
  const href = escapeHtml(linkFrom(DIR, n.path));
  return `<li>
      <div class="list-main-li-item w_list_bt"><a href="${href}" target="_blank" title="${escapeHtml(n.title)}">${escapeHtml(listTitle(n.title))}</a></div>
      <div class="list-main-li-item tac w_list_rq">${mostDate(n.date)}</div>
    </li>`;
}

export function mostTztgList(notices: DemoNotice[], perPage: number): ReplicaList {
  const listHtml = readRepoPage('tests/fixtures/sites/most-tztg/list.html');
  const detailHtml = readRepoPage('tests/fixtures/sites/most-tztg/detail.html');
  const fixtureTitle = /<div id="Title"[^>]*>([^<]*)<\/div>/.exec(detailHtml)?.[1] ?? '';
  const header = /<li class="list-main-li-title">[\s\S]*?<\/li>/.exec(listHtml)?.[0] ?? '';
  return {
    profileId: 'most-tztg',
    notices,
    perPage,
    pageRoute: (i) => `${DIR}${trsPageName(i)}`,
    renderPage: (items, index, count) =>
      fillTemplate(listHtml, [
        {
          selector: 'ul#data_list',
          html: `\n    ${[header, ...items.map(entry)].join('\n    ')}\n  `,
        },
        { selector: '.page script', text: trsPagerScript(count, index) },
      ]),
    renderDetail: (n) =>
      fillTemplate(detailHtml, [
        ...titleFills(fixtureTitle, n.title, detailHtml),
        { selector: '#Title', text: n.title },
        { selector: '.xl_date', text: `日期：${mostDate(n.date)}${n.time ? ` ${n.time}` : ''}` },
        { selector: '.xl_source', text: `来源：${n.publisher}` },
        {
          selector: '#Zoom .trs_editor_view',
          html: `\n${bodyHtml(n.paragraphs, n.attachments)}\n`,
        },
      ]),
  };
}
