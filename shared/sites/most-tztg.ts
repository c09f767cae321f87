import { defineSiteProfile } from './define-site-profile.ts';

// MOST's 通知通告: project calls (申报指南), 公示 and administrative notices. The column uses the
// portal's `ul#data_list` template with the date as `2024年04月12日` (SITES.md). Notices appear on
// working days, often in the afternoon: read it twice a day.
export default defineSiteProfile({
  id: 'most-tztg',
  name: '通知通告',
  org: '中华人民共和国科学技术部',
  level: 'national',
  start: ['https://www.most.gov.cn/tztg/'],
  list: {
    item: 'ul#data_list li',
    link: 'a',
    date: '.w_list_rq',
    paging: { type: 'trs' },
    maxPages: 5,
  },
  detail: { title: '#Title', date: '.xl_date', body: '#Zoom' },
  fetch: 'http',
  schedule: '0 6,14 * * *',
});
