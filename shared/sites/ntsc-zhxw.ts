import { defineSiteProfile } from './define-site-profile.ts';

// 中国科学院国家授时中心 综合新闻: the TRS institute template, `.list-news li` with the date as
// `[2021-01-28]` in a `span` (DESIGN.md's example profile; seed 001 is one of its notices).
export default defineSiteProfile({
  id: 'ntsc-zhxw',
  name: '综合新闻',
  org: '中国科学院国家授时中心',
  level: 'cas',
  start: ['https://www.ntsc.ac.cn/xwdt/zhxw/index.html'],
  list: {
    item: '.list-news li',
    link: 'a',
    date: 'span',
    paging: { type: 'trs' },
    maxPages: 5,
  },
  detail: { title: 'p.wztitle', date: 'p.wzinfo', body: '.TRS_Editor' },
  fetch: 'auto',
  schedule: '0 7 * * *',
});
