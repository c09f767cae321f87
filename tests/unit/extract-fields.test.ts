// The generic extractor's metadata on small pages, one behaviour per case: title, meta tags
// as the sites write them, publishedAt's order of evidence, publisher, numbers, column.
import { describe, expect, it } from 'vitest';
import {
  fakeArticle as article,
  PROSE,
  PROSE2,
  fakePage as page,
  extractFake as run,
} from './extract-fake-pages.ts';

describe('title', () => {
  it.each([
    [
      'the ArticleTitle meta',
      '<meta name="ArticleTitle" content="关于开展2021年度项目申报的通知">',
      '<h1>通知公告</h1>',
    ],
    [
      '<title> without a _科学技术部 suffix',
      '<title>关于开展2021年度项目申报的通知_科学技术部</title>',
      '',
    ],
    [
      '<title> without a -中国科学院… suffix',
      '<title>关于开展2021年度项目申报的通知-中国科学院国家授时中心</title>',
      '',
    ],
    [
      'the heading that <title> confirms, not a nearer column heading',
      '<title>关于开展2021年度项目申报的通知 - 某某省科学技术厅</title>',
      '<h1>关于开展2021年度项目申报的通知</h1><h2>通知公告</h2>',
    ],
  ])('comes from %s', (_case, head, header) => {
    const n = run(page(head, article(`<p>${PROSE}</p><p>${PROSE2}</p>`, header)));
    expect(n.title).toBe('关于开展2021年度项目申报的通知');
  });

  it('keeps a hyphen that is part of the title', () => {
    const n = run(
      page('<title>1-10月全省科技投入稳步增长</title>', article(`<p>${PROSE}</p>`, '')),
    );
    expect(n.title).toBe('1-10月全省科技投入稳步增长');
  });
});

describe('meta tags as the sites write them', () => {
  it.each([
    ['ContenSource (misspelt)', '<meta name="ContenSource" content="科技部">'],
    ['contentSource (lower case)', '<meta name="contentSource" content="科技部">'],
    ['no space before content=', '<meta name="ContentSource"content="科技部">'],
    ['upper-case attribute names', '<META NAME="ContentSource" CONTENT="科技部">'],
  ])('reads %s', (_case, head) => {
    expect(run(page(head, article(`<p>${PROSE}</p>`))).publisher).toBe('科技部');
  });
});

describe('publishedAt', () => {
  it.each([
    [
      'meta PubDate with its time',
      '<meta name="PubDate" content="2021-03-05 09:30">',
      '',
      '',
      '2021-03-05T09:30+08:00',
    ],
    [
      'a 发布时间 label near the title',
      '',
      '<div class="info">发布时间：2021-03-06 | 来源：科技厅</div>',
      '',
      '2021-03-06',
    ],
    [
      'a 发布日期 label, not the 成文日期 beside it',
      '',
      '<div>成文日期：2021-02-01 发布日期：2021-03-07</div>',
      '',
      '2021-03-07',
    ],
    [
      'a bare day-first date line',
      '',
      '<div class="time">22.10.2018&nbsp;&nbsp;10:42</div>',
      '',
      '2018-10-22T10:42+08:00',
    ],
    ['the closing signature', '', '', '<p>某某市科学技术局</p><p>2021年1月25日</p>', '2021-01-25'],
    [
      'a signature written in numerals',
      '',
      '',
      '<p>某某市科学技术局</p><p>二〇二一年一月二十五日</p>',
      '2021-01-25',
    ],
    ['the URL stamp when nothing else dates the page', '', '', '', '2021-03-04'],
  ])('comes from %s', (_case, head, info, sign, expected) => {
    const header = `<h1>关于开展2021年度项目申报的通知</h1>${info}`;
    const body = `<p>会议于2020年5月12日召开。${PROSE}</p><p>${PROSE2}</p>${sign}`;
    expect(run(page(head, article(body, header))).publishedAt).toBe(expected);
  });

  it('is absent rather than invented', () => {
    const n = run(page('', article(`<p>${PROSE}</p>`)), 'https://example.gov.cn/a/b.html');
    expect(n.publishedAt).toBeUndefined();
  });
});

describe('publisher, numbers, column', () => {
  it('takes the signature issuer when the page names no source', () => {
    const body = `<p>${PROSE}</p><p>中共某某市科学技术局党组</p><p>2021年1月25日</p>`;
    expect(run(page('', article(body))).publisher).toBe('中共某某市科学技术局党组');
  });

  it.each([
    ['来源：科技日报 | 作者：张三', '科技日报'],
    ['文章来源：综合处|发布时间：2021-01-28', '综合处'],
    ['信息来源：省科技厅　浏览次数：12', '省科技厅'],
  ])('reads the source line %s', (line, expected) => {
    const header = `<h1>关于开展2021年度项目申报的通知</h1><div class="info">${line}</div>`;
    expect(run(page('', article(`<p>${PROSE}</p>`, header))).publisher).toBe(expected);
  });

  it('takes a 文号 standing at the top of the body, not one quoted inside it', () => {
    const body = `<p style="text-align:center">国科发资〔2021〕12号</p><p>${PROSE}根据《某办法》（国科发政〔2019〕5号）执行。</p>`;
    expect(run(page('', article(body))).documentNumber).toBe('国科发资〔2021〕12号');
    const quoted = `<p>${PROSE}根据《某办法》（国科发政〔2019〕5号）执行。</p>`;
    expect(run(page('', article(quoted))).documentNumber).toBeUndefined();
  });

  it('reads 索引号 and 文号 from a metadata table', () => {
    const table =
      '<table><tr><td>索 引 号：</td><td>000014349/2021-00123</td><td>发文字号：</td><td>皖科发〔2021〕3号</td></tr></table>';
    const n = run(
      page('', article(`<p>${PROSE}</p>`, `${table}<h1>关于开展2021年度项目申报的通知</h1>`)),
    );
    expect(n.indexNumber).toBe('000014349/2021-00123');
    expect(n.documentNumber).toBe('皖科发〔2021〕3号');
  });

  it('takes the column from the breadcrumb when there is no ColumnName meta', () => {
    const crumb =
      '<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a> &gt; 正文</div>';
    const n = run(page('', `${crumb}${article(`<p>${PROSE}</p>`)}`));
    expect(n.column).toBe('通知公告');
  });
});
