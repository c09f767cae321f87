// MOST 法规政策 (/xxgk/xinxifenlei/fdzdgknr/fgzc/{flfg,bmgz,gfxwj}/): the 政府信息公开 template,
// `ul.list_common li` lists and detail pages with the metadata table (索引号, 发文机构, 发布日期,
// 发文字号). The five real MOST pages are served as they are; the other entries of the real
// lists get pages built on the real template.
import { bodyHtml, escapeHtml, type Fill, fillTemplate } from '../fill-template.ts';
import type { DemoNotice } from '../replica-types.ts';
import { readRepoPage } from '../repo-files.ts';
import { type ReplicaList, trsPageName, trsPagerScript } from '../site-content.ts';
import { linkFrom } from './link-path.ts';
import { mostDate } from './most-tztg.ts';

export const FGZC_DIR = '/xxgk/xinxifenlei/fdzdgknr/fgzc/';
const COLUMN_NAMES: Record<string, string> = {
  flfg: '法律法规',
  bmgz: '部门规章',
  gfxwj: '规范性文件',
};
const DETAIL_TEMPLATE = 'scraper/demo/sites/most/most_golden_detail_bmgz_202508_194336.html.gz';

function entry(dir: string, n: DemoNotice): string {
  const href = escapeHtml(linkFrom(dir, n.path));
  return `<li>
                        <span class="mhide">${n.date}</span>
                        <a href="${href}" target="_blank" title="${escapeHtml(n.title)}" data-type="20" data-doctUrl="" data-docfile="">
                            ${escapeHtml(n.title)}
                        </a>
                        <span class="pchide">${n.date}</span>
                    </li>`;
}

/** The value cell of the metadata table at row r, column c (1-based, as the page lays it out). */
const cell = (r: number, c: number) => `.xxgk_detail_table1 tr:nth-child(${r}) td:nth-child(${c})`;

function detailFills(n: DemoNotice, columnName: string): Fill[] {
  const pad = (s: string) =>
    `\n                                ${escapeHtml(s)}\n                            `;
  return [
    { selector: 'title', text: `${n.title}_中华人民共和国科学技术部` },
    { selector: 'meta[name="ColumnName"]', attrs: { content: columnName } },
    { selector: 'meta[name="ArticleTitle"]', attrs: { content: n.title } },
    {
      selector: 'meta[name="PubDate"]',
      attrs: { content: `${n.date}${n.time ? ` ${n.time}` : ''}` },
    },
    { selector: 'meta[name="ContentSource"]', attrs: { content: n.publisher } },
    { selector: '.b_crumbs a:last-child', text: columnName, attrs: { title: columnName } },
    { selector: cell(1, 2), html: pad(n.title) },
    { selector: cell(2, 2), html: pad(n.indexNumber ?? '') },
    { selector: cell(2, 4), html: pad(n.publisher) },
    { selector: cell(3, 2), html: pad(mostDate(n.date)) },
    { selector: cell(3, 4), html: pad(mostDate(n.date)) },
    { selector: cell(4, 2), html: pad(n.documentNumber ?? '') },
    { selector: '.xxgk_title', text: n.title },
    { selector: '#Zoom .trs_editor_view', html: bodyHtml(n.paragraphs, n.attachments) },
  ];
}

export function mostFgzcList(column: string, notices: DemoNotice[], perPage: number): ReplicaList {
  const dir = `${FGZC_DIR}${column}/`;
  const name = COLUMN_NAMES[column] ?? column;
  const listHtml = readRepoPage('tests/fixtures/sites/most-fgzc/list.html');
  const detailHtml = readRepoPage(DETAIL_TEMPLATE);
  return {
    profileId: 'most-fgzc',
    notices,
    perPage,
    pageRoute: (i) => `${dir}${trsPageName(i)}`,
    renderPage: (items, index, count) =>
      fillTemplate(listHtml, [
        { selector: 'meta[name="ColumnName"]', attrs: { content: name } },
        { selector: '.crumbs a[href="./"]', text: name, attrs: { title: name } },
        { selector: '.title_fdgk span', text: name },
        { selector: 'ul.list_common', html: `\n${items.map((n) => entry(dir, n)).join('\n')}\n` },
        { selector: '.page_outer script', text: trsPagerScript(count, index) },
      ]),
    renderDetail: (n) => fillTemplate(detailHtml, detailFills(n, name)),
  };
}
