// A traditional-Chinese commercial mirror of SIOM news (www.siom-irglass.com/big5/), as seed
// 000: ASP pages, `<ruby>` pinyin on some characters (學(xué) leaks into naive text), paged by a
// 下一頁 link. No built-in profile covers it, so the demo brings its own. Its copies of SIOM
// notices are reposts in the other script.
import { Converter } from 'opencc-js/cn2t';
import { defineSiteProfile } from '../../../shared/sites/define-site-profile.ts';
import { escapeHtml, fillTemplate } from '../fill-template.ts';
import type { DemoNotice, ReplicaSiteSpec } from '../replica-types.ts';
import { readDemoNotices, readRepoPage } from '../repo-files.ts';
import { buildContent, type ReplicaList } from '../site-content.ts';

const SEED = 'tests/fixtures/seeds/000-siom-mirror-ruby.html';
const ORG = '中國科學院上海光學精密機械研究所';

export const siomMirrorProfile = defineSiteProfile({
  id: 'siom-mirror',
  name: '新聞動態',
  org: '中國科學院上海光學精密機械研究所紅外光學材料研究中心',
  level: 'other',
  start: ['http://www.siom-irglass.com/big5/news.asp'],
  list: {
    item: 'ul.news_list li',
    link: 'a',
    date: 'span',
    paging: { type: 'next', selector: '.pages a.next' },
    maxPages: 5,
  },
  detail: { title: 'h1.news_title', body: '#newsContent' },
  fetch: 'http',
});

// The characters the mirror annotates, with the pinyin it gives them (from seed 000).
const PINYIN: Record<string, string> = {
  學: 'xué',
  機: 'jī',
  領: 'lǐng',
  導: 'dǎo',
  衛: 'wèi',
  紀: 'jì',
  標: 'biāo',
  統: 'tǒng',
  據: 'jù',
  產: 'chǎn',
  實: 'shí',
  關: 'guān',
  規: 'guī',
  進: 'jìn',
  認: 'rèn',
  報: 'bào',
  驗: 'yàn',
  術: 'shù',
  電: 'diàn',
  動: 'dòng',
};

function rubyHtml(text: string): string {
  return [...escapeHtml(text)]
    .map((ch) => (PINYIN[ch] ? `<ruby>${ch}<rp>(</rp><rt>${PINYIN[ch]}</rt><rp>)</rp></ruby>` : ch))
    .join('');
}

/** Mirror copies of SIOM notices: traditional script, posted a few days after the original. */
function mirrorCopies(): DemoNotice[] {
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const siom = readDemoNotices('siom/notices.json');
  const copies: [number, string, string][] = [
    [1, '1387', '2020-12-14'],
    [3, '1381', '2020-11-23'],
  ];
  return copies.map(([i, id, date]) => {
    const n = siom[i]!;
    return {
      path: `/big5/news/show.asp?id=${id}`,
      title: toTraditional(n.title),
      date,
      time: '09:12:33',
      publisher: ORG,
      paragraphs: n.paragraphs.map((p) => toTraditional(p)),
    };
  });
}

function mirrorList(notices: DemoNotice[]): ReplicaList {
  const seed = readRepoPage(SEED);
  const route = (i: number) => (i === 0 ? '/big5/news.asp' : `/big5/news.asp?page=${i + 1}`);
  const entry = (n: DemoNotice) =>
    `<li><a href="${escapeHtml(n.path.replace('/big5/', ''))}" title="${escapeHtml(n.title)}">${rubyHtml(n.title)}</a><span>${n.date}</span></li>`;
  const siteTitle = /<title>[^<]*?-([^<-]*)<\/title>/.exec(seed)?.[1] ?? '';
  return {
    profileId: 'siom-mirror',
    notices,
    perPage: 2,
    pageRoute: route,
    renderPage: (items, index, count) => {
      const next =
        index + 1 < count ? `<a class="next" href="news.asp?page=${index + 2}">下一頁</a>` : '';
      const content = `<div class="weizhi">您的位置：<a href="/big5/index.asp">首頁</a> &gt; 新聞動態</div>
      <ul class="news_list">${items.map(entry).join('\n        ')}</ul>
      <div class="pages">第${index + 1}頁/共${count}頁 ${next}</div>`;
      return fillTemplate(seed, [
        { selector: 'title', text: `新聞動態-${siteTitle}` },
        { selector: 'td[width="770"]', html: content },
      ]);
    },
    renderDetail: (n) =>
      fillTemplate(seed, [
        { selector: 'title', text: `${n.title}-${siteTitle}` },
        {
          selector: 'meta[name="description"]',
          attrs: { content: n.paragraphs[0]?.slice(0, 60) ?? '' },
        },
        { selector: 'h1.news_title', html: rubyHtml(n.title) },
        {
          selector: '.news_info',
          html: `來源：${escapeHtml(n.publisher)}　發佈時間：${n.date} ${n.time ?? ''}　瀏覽次數：<span id="hits">156</span>`,
        },
        {
          selector: '#newsContent',
          html: n.paragraphs.map((p) => `<p>${rubyHtml(p)}</p>`).join('\n'),
        },
      ]),
  };
}

export const siomMirrorSite: ReplicaSiteSpec = {
  id: 'siom-mirror',
  name: '上海光機所紅外光學材料研究中心（繁體鏡像）',
  realOrigin: 'http://www.siom-irglass.com',
  profiles: [siomMirrorProfile],
  build() {
    const seed: DemoNotice = {
      path: '/big5/news/show.asp?id=1389',
      title: '中國科學院黨組巡視組向上海光學精密機械研究所反饋巡視情況',
      date: '2020-12-17',
      publisher: ORG,
      paragraphs: [],
      file: SEED,
    };
    return buildContent([mirrorList([seed, ...mirrorCopies()])]);
  },
};
