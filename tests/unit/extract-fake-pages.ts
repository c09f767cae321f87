// Builders for small government pages in the tests of the generic extractor: a nav bar, a
// footer and an article, written the way the CMSs write them.
import { parseHtml } from '../../scraper/html/parse-html.ts';
import { extractNotice } from '../../shared/extract/extract-notice.ts';

export const FAKE_URL = 'https://kjt.example.gov.cn/tzgg/202103/t20210304_123.html';
export const PROSE =
  '为深入实施创新驱动发展战略，进一步提升科技创新能力，现将有关事项通知如下，请各单位认真组织申报工作。';
export const PROSE2 =
  '申报单位应当具有独立法人资格，项目负责人应当具有高级职称，且无不良科研信用记录。';

export const fakePage = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
export const fakeNav =
  '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/tzgg/">通知公告</a><a href="/kjdt/">科技动态</a></div>';
export const fakeFooter =
  '<div class="footer"><p>主办单位：某某省科学技术厅 技术支持：某某信息中心</p><p>版权所有 某ICP备05001234号 网站标识码：1100000001</p></div>';
export const fakeArticle = (inner: string, header = '<h1>关于开展2021年度项目申报的通知</h1>') =>
  `${fakeNav}<div class="main">${header}<div class="content">${inner}</div></div>${fakeFooter}`;

export const extractFake = (html: string, url = FAKE_URL) =>
  extractNotice(parseHtml(html), { url });
