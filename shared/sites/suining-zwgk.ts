import { defineSiteProfile } from './define-site-profile.ts';

// 遂宁市科学技术局 政务公开: `.content-list li` with `a[title]` and the date in a `span`;
// root-relative links; pages numbered by `?page={n}` (SITES.md; seed 002 is one of its notices).
export default defineSiteProfile({
  id: 'suining-zwgk',
  name: '政务公开',
  org: '遂宁市科学技术局',
  level: 'city',
  start: ['https://skjj.suining.gov.cn/zwgk/list/7a0f4b7e1c3d4e2f9b8a6c5d4e3f2a1b.html'],
  list: {
    item: '.content-list li',
    link: 'a',
    date: 'span',
    paging: { type: 'param', template: '?page={n}', first: 2 },
    maxPages: 3,
  },
  detail: { title: '.detail-title', date: '.detail-info .date', body: '.detail-content' },
  fetch: 'http',
  schedule: '50 6 * * *',
});
