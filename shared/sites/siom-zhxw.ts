import { defineSiteProfile } from './define-site-profile.ts';

// 中国科学院上海光学精密机械研究所 综合新闻: a TRS institute site like NTSC (`.list-news li`,
// `[2020-12-16]` dates, TRS-stamped URLs such as `…/202012/t20201216_5xxxxxx.html`). Seed 000 is
// a traditional-Chinese mirror of one of its notices.
export default defineSiteProfile({
  id: 'siom-zhxw',
  name: '综合新闻',
  org: '中国科学院上海光学精密机械研究所',
  level: 'cas',
  start: ['http://www.siom.cas.cn/xwzx/zhxw/'],
  list: {
    item: '.list-news li',
    link: 'a',
    date: 'span',
    paging: { type: 'trs' },
    maxPages: 3,
  },
  detail: { title: 'p.wztitle', date: 'p.wzinfo', body: '.TRS_Editor' },
  fetch: 'auto',
  schedule: '20 7 * * *',
});
