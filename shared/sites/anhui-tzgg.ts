import { defineSiteProfile } from './define-site-profile.ts';

// 安徽省科学技术厅 通知公告: `ul.doc_list li` with `a[title]` and `span.date`, bodies in
// `div.wzcon` (SITES.md). The pager is followed by its 下一页 link rather than by a URL pattern.
export default defineSiteProfile({
  id: 'anhui-tzgg',
  name: '通知公告',
  org: '安徽省科学技术厅',
  level: 'provincial',
  start: ['https://kjt.ah.gov.cn/kjzx/tzgg/index.html'],
  list: {
    item: 'ul.doc_list li',
    link: 'a',
    date: 'span.date',
    paging: { type: 'next', selector: '.pagination a.next' },
    maxPages: 3,
  },
  detail: { title: 'h1.wztit', date: '.wzxx .fbsj', body: 'div.wzcon' },
  fetch: 'http',
  schedule: '20 6 * * *',
});
