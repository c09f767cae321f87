import { defineSiteProfile } from './define-site-profile.ts';

// 北京市科学技术委员会、中关村科技园区管理委员会 通知公告. The Hanweb column page holds its list in
// a script — `urls[i]='…';headers[i]="…";year[i]='…';month[i]='…';day[i]='…';` — so entries are
// read from the script arrays. Deeper pages come from Hanweb's dataproxy.jsp, which this
// profile does not read: only the first page (the newest entries) is watched.
export default defineSiteProfile({
  id: 'beijing-tzgg',
  name: '通知公告',
  org: '北京市科学技术委员会、中关村科技园区管理委员会',
  level: 'provincial',
  start: ['https://kw.beijing.gov.cn/col/col736/index.html'],
  list: {
    item: 'script',
    script: { url: 'urls', title: 'headers', date: ['year', 'month', 'day'] },
    paging: { type: 'none' },
    maxPages: 1,
  },
  detail: { title: '.article-title', date: '.article-info .pubdate', body: '#zoom' },
  fetch: 'http',
  schedule: '45 6 * * *',
});
