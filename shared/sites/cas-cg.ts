import { defineSiteProfile } from './define-site-profile.ts';

// 中国科学院 科研成果 (www.cas.cn/cg/): `#content li`, where empty `li.gl_line` rules separate
// groups of entries (SITES.md); dates as `[2024-05-20]`.
export default defineSiteProfile({
  id: 'cas-cg',
  name: '科研成果',
  org: '中国科学院',
  level: 'cas',
  start: ['https://www.cas.cn/cg/'],
  list: {
    item: '#content li:not(.gl_line)',
    link: 'a',
    date: 'span',
    paging: { type: 'trs' },
    maxPages: 3,
  },
  detail: { title: 'p.wztitle', date: 'p.wzinfo', body: '.TRS_Editor' },
  fetch: 'http',
  schedule: '10 7 * * *',
});
