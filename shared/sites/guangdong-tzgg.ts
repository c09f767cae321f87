import { defineSiteProfile } from './define-site-profile.ts';

// 广东省科学技术厅 通知公告 (gdstc.gd.gov.cn): `.list li a` with `span.time`, paged by `a.next`
// (SITES.md). The province-wide gkmlpt JSON API is a separate source, not this list.
export default defineSiteProfile({
  id: 'guangdong-tzgg',
  name: '通知公告',
  org: '广东省科学技术厅',
  level: 'provincial',
  start: ['https://gdstc.gd.gov.cn/zwgk_n/tzgg/index.html'],
  list: {
    item: '.list li',
    link: 'a',
    date: 'span.time',
    paging: { type: 'next', selector: 'a.next' },
    maxPages: 3,
  },
  detail: { title: '.article-title', date: '.article-info .time', body: '.article-content' },
  fetch: 'http',
  schedule: '40 6 * * *',
});
