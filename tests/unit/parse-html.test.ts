import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scraper/html/parse-html.ts';

describe('parseHtml', () => {
  it('reads upper-case attribute names of old templates as HTML does', () => {
    const doc = parseHtml(
      '<html><head><META NAME="ArticleTitle" CONTENT="关于开展巡视整改的通知"></head>' +
        '<body><A HREF="./202112/t20211206_1.html" Title="通知">通知</A><a href="b.html">b</a></body></html>',
    );
    expect(doc.querySelector('meta[name=ArticleTitle]')?.getAttribute('content')).toBe(
      '关于开展巡视整改的通知',
    );
    expect(Array.from(doc.querySelectorAll('a[href]'), (a) => a.getAttribute('href'))).toEqual([
      './202112/t20211206_1.html',
      'b.html',
    ]);
    expect(doc.querySelector('a')?.getAttribute('title')).toBe('通知');
  });

  it('leaves lower-case pages as they are', () => {
    const doc = parseHtml('<p data-x="1"><a href="x">x</a></p>');
    expect(doc.querySelector('p')?.getAttribute('data-x')).toBe('1');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('x');
  });
});
