import { defineSiteProfile } from './define-site-profile.ts';

// 甘肃省科学技术厅 信息公开 list: `ul.kjtxxgklist li` with the date in `b` and `a[title]`
// (SITES.md). The site is reported to answer plain HTTP with a cookie challenge, hence `auto`:
// the crawler switches to the browser when it sees one. Older pages date as `22.10.2018  10:42`.
export default defineSiteProfile({
  id: 'gansu-xxgk',
  name: '信息公开',
  org: '甘肃省科学技术厅',
  level: 'provincial',
  start: ['https://kjt.gansu.gov.cn/kjt/c111483/xxgk_infolist.shtml'],
  list: {
    item: 'ul.kjtxxgklist li',
    link: 'a',
    date: 'b',
    paging: { type: 'param', template: 'xxgk_infolist_{n}.shtml', first: 2 },
    maxPages: 2,
  },
  detail: { title: '.detail-title', date: '.detail-info .time', body: '.detail-content' },
  fetch: 'auto',
  schedule: '35 6 * * *',
});
