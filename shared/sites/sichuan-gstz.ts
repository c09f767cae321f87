import { defineSiteProfile } from './define-site-profile.ts';

// 四川省科学技术厅 公示通知: `.column-list ul li a[title]` with the date as `(2026-03-12)` in a
// `span`; page n is `newschild_{n}.shtml` (SITES.md).
export default defineSiteProfile({
  id: 'sichuan-gstz',
  name: '公示通知',
  org: '四川省科学技术厅',
  level: 'provincial',
  start: ['https://kjt.sc.gov.cn/kjt/gstz/newschild.shtml'],
  list: {
    item: '.column-list ul li',
    link: 'a',
    date: 'span',
    paging: { type: 'param', template: 'newschild_{n}.shtml', first: 2 },
    maxPages: 3,
  },
  detail: { title: '.contTitle h1', date: '.contInfo .pubTime', body: '#cmsArticleContent' },
  fetch: 'http',
  schedule: '30 6 * * *',
});
