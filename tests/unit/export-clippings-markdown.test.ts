// Clippings as Markdown: one section per page (in the order of the pages' first clippings),
// the page's metadata, each quote as a blockquote with its note below and its tags; text from
// pages cannot become headings, links or HTML.
import { describe, expect, it } from 'vitest';
import { clippingsToMarkdown } from '../../shared/export/clipping-markdown.ts';
import { fakeClipping } from '../support/fake-clipping.ts';

const A = 'https://www.most.gov.cn/tztg/a.html';
const B = 'https://www.most.gov.cn/tztg/b.html';

describe('clippingsToMarkdown', () => {
  it('writes one section per page, quotes as blockquotes, notes below', () => {
    const md = clippingsToMarkdown([
      fakeClipping({
        id: '1',
        url: A,
        quote: '第一段\n第二段',
        note: '批注一',
        tags: ['巡视', '整改'],
      }),
      fakeClipping({ id: '2', url: B, notice: undefined, pageTitle: '另一页', quote: '乙' }),
      fakeClipping({ id: '3', url: A, quote: '丙' }),
    ]);
    expect(md).toBe(
      [
        '## 科技部关于开展巡视整改工作的通知',
        '',
        `- **网址 URL**: <${A}>`,
        '- **发文机构 Publisher**: 科学技术部',
        '- **发布日期 Published**: 2021-12-06',
        '- **发文字号 Document No.**: 国科发资〔2021〕1号',
        '',
        '> 第一段',
        '> 第二段',
        '',
        '批注一',
        '',
        '标签 Tags: 巡视 · 整改',
        '',
        '> 丙',
        '',
        '## 另一页',
        '',
        `- **网址 URL**: <${B}>`,
        '',
        '> 乙',
        '',
      ].join('\n'),
    );
  });

  it('escapes what would be Markdown or HTML', () => {
    const md = clippingsToMarkdown([
      fakeClipping({
        pageTitle: '# [点此](http://evil) <script>',
        notice: undefined,
        quote: '> 引用\n# 标题\n- 列表',
        note: '<img src=x onerror=alert(1)>',
      }),
    ]);
    expect(md).toContain('## \\# \\[点此\\](http://evil) \\<script\\>');
    expect(md).toContain('> \\> 引用\n> \\# 标题\n> \\- 列表');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    // Every < is escaped: no raw HTML survives.
    expect(md.replace(/<https?:[^>\s]*>/g, '')).not.toMatch(/(^|[^\\])</m);
  });
});
