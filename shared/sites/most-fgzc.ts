import { defineSiteProfile } from './define-site-profile.ts';

// MOST's 法规政策 in the 政府信息公开 section: laws (flfg), ministry regulations (bmgz) and
// normative documents (gfxwj). Each has its own TRS-paged list of `ul.list_common li` with the
// date in `span.mhide`; the overview page above them also shows 政策解读 (zcjd), which are kept
// as related links, not notices. Detail pages carry MOST's metadata table (索引号, 发文字号…).
export default defineSiteProfile({
  id: 'most-fgzc',
  name: '法规政策',
  org: '中华人民共和国科学技术部',
  level: 'national',
  start: [
    'https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/flfg/',
    'https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/bmgz/',
    'https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/gfxwj/',
  ],
  list: {
    item: 'ul.list_common li',
    link: 'a',
    date: 'span.mhide',
    paging: { type: 'trs' },
    maxPages: 3,
  },
  detail: { title: 'div.xxgk_title', body: 'div#Zoom' },
  fetch: 'http',
  schedule: '10 6 * * *',
});
