// The TRS template of CAS institutes (NTSC, SIOM): `.list-news li` with `[2021-01-28]` dates,
// `createPageHTML` paging, detail pages with `p.wztitle`, `p.wzinfo` and `.TRS_Editor`
// (tests/fixtures/sites/ntsc-zhxw, siom-zhxw).
import { bodyHtml, escapeHtml, fillTemplate, titleFills } from '../fill-template.ts';
import type { DemoNotice } from '../replica-types.ts';
import { readRepoPage } from '../repo-files.ts';
import { type ReplicaList, trsPageName, trsPagerScript } from '../site-content.ts';
import { linkFrom } from './link-path.ts';

export interface CasTrsOptions {
  profileId: 'ntsc-zhxw' | 'siom-zhxw';
  /** The list's folder, e.g. `/xwdt/zhxw/`. */
  dir: string;
  notices: DemoNotice[];
  perPage: number;
  /** The pager as the site writes it (SIOM declares the count in a variable first). */
  pager?: (count: number, index: number) => string;
}

const ZOOM =
  '【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】';

export function casTrsList(o: CasTrsOptions): ReplicaList {
  const listHtml = readRepoPage(`tests/fixtures/sites/${o.profileId}/list.html`);
  const detailHtml = readRepoPage(`tests/fixtures/sites/${o.profileId}/detail.html`);
  const fixtureTitle = /<p class="wztitle">([^<]*)<\/p>/.exec(detailHtml)?.[1] ?? '';
  const pager = o.pager ?? ((count, index) => trsPagerScript(count, index));
  return {
    profileId: o.profileId,
    notices: o.notices,
    perPage: o.perPage,
    pageRoute: (i) => `${o.dir}${trsPageName(i)}`,
    renderPage(items, index, count) {
      const lis = items.map((n) => {
        const title = escapeHtml(n.title);
        const href = escapeHtml(linkFrom(o.dir, n.path));
        return `<li><a href="${href}" target="_blank" title="${title}">${title}</a><span>[${n.date}]</span></li>`;
      });
      return fillTemplate(listHtml, [
        { selector: 'ul.list-news', html: `\n      ${lis.join('\n      ')}\n    ` },
        { selector: '.page script', text: `\n        ${pager(count, index)}\n      ` },
      ]);
    },
    renderDetail(n) {
      const info = `发布时间：${n.date}　　文章来源：${escapeHtml(n.publisher)}|　${ZOOM}`;
      return fillTemplate(detailHtml, [
        ...titleFills(fixtureTitle, n.title, detailHtml),
        { selector: 'p.wztitle', text: n.title },
        { selector: 'p.wzinfo', html: info },
        { selector: '.TRS_Editor', html: `\n${bodyHtml(n.paragraphs, n.attachments)}\n` },
      ]);
    },
  };
}
