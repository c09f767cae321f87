import { defineSiteProfile } from './define-site-profile.ts';

// MOST's 科技部工作 (ministry news). The column still uses the portal's older table template:
// `td.STYLE30 a` with the date as `(2021-12-06)` after the link, and `.htm` pages (SITES.md).
export default defineSiteProfile({
  id: 'most-kjbgz',
  name: '科技部工作',
  org: '中华人民共和国科学技术部',
  level: 'national',
  start: ['https://www.most.gov.cn/kjbgz/'],
  list: {
    item: 'td.STYLE30',
    link: 'a',
    paging: { type: 'trs' },
    maxPages: 3,
  },
  detail: { title: '#Title', date: '.xl_date', body: '#Zoom' },
  fetch: 'http',
  schedule: '5 6 * * *',
});
