import { defineSiteProfile } from './define-site-profile.ts';

// 陕西省科学技术厅 通知公告 (`iList.jsp?cat_id=221`): `.textlist li` with the date in the element
// before the link, bodies in `.info_content` (SITES.md). Pages are numbered by a query parameter.
export default defineSiteProfile({
  id: 'shaanxi-tzgg',
  name: '通知公告',
  org: '陕西省科学技术厅',
  level: 'provincial',
  start: ['https://kjt.shaanxi.gov.cn/view/iList.jsp?cat_id=221'],
  list: {
    item: '.textlist li',
    link: 'a',
    date: 'span',
    paging: { type: 'param', template: '?cat_id=221&cur_page={n}', first: 2 },
    maxPages: 3,
  },
  detail: { title: '.info_title', date: '.info_time', body: '.info_content' },
  fetch: 'http',
  schedule: '25 6 * * *',
});
