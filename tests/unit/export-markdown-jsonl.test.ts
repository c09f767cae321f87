import { describe, expect, it } from 'vitest';
import { createExporter, EXPORT_FORMATS, exportNotices } from '../../shared/export/formats.ts';
import { markdownEscape, noticeToMarkdown } from '../../shared/export/markdown.ts';
import type { Notice } from '../../shared/model.ts';
import { fakeNotice } from '../support/fake-notice.ts';

describe('Markdown export', () => {
  it('writes one section per notice: title, metadata, rules, body quote', () => {
    const md = noticeToMarkdown(fakeNotice(), {
      ruleNames: new Map([['inspection', '巡视巡察整改']]),
    });
    const lines = md.split('\n');
    expect(lines[0]).toBe('## 科技部关于开展巡视整改工作的通知');
    expect(lines).toContain('- **发布日期 Published**: 2021-12-06');
    expect(lines).toContain('- **发文机构 Publisher**: 科学技术部');
    expect(lines).toContain('- **发文字号 Document No.**: 国科发资〔2021〕1号');
    expect(lines).toContain(`- **网址 URL**: <${fakeNotice().url}>`);
    expect(lines).toContain('- **匹配规则 Rules**: 巡视巡察整改 (inspection)');
    expect(lines.find((l) => l.startsWith('> '))).toMatch(/^> 各省、自治区.*逐项销号管理。$/);
    expect(md.endsWith('\n\n')).toBe(true);
  });

  it.each([
    ['a link', '[点此](http://evil)', '\\[点此\\](http://evil)'],
    ['an image', '![x](y)', '\\!\\[x\\](y)'],
    ['raw HTML', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a heading marker', '# 标题', '\\# 标题'],
    ['a list number', '1. 第一条', '1\\. 第一条'],
    ['emphasis', '*重要*_注意_', '\\*重要\\*\\_注意\\_'],
    ['plain Chinese', '关于开展工作的通知', '关于开展工作的通知'],
  ])('escapes %s', (_name, text, expected) => {
    expect(markdownEscape(text)).toBe(expected);
  });
});

describe('JSONL export', () => {
  it('writes one Notice per line with exactly the data-model fields', () => {
    const stored = { ...fakeNotice(), version: 3, firstSeenAt: '2024-01-01', repostOf: 'x' };
    const text = exportNotices('jsonl', [stored, fakeNotice({ id: 'b', title: '第二\n条' })]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const first = JSON.parse(lines[0]!) as Notice;
    expect(first).toEqual(fakeNotice());
    expect(JSON.parse(lines[1]!).title).toBe('第二\n条');
  });
});

describe('export formats', () => {
  it.each(EXPORT_FORMATS.map((f) => [f]))('%s streams the same text as exportNotices', (format) => {
    const notices = [fakeNotice(), fakeNotice({ id: 'b' })];
    const exporter = createExporter(format);
    const streamed =
      exporter.begin() + notices.map((n, i) => exporter.item(n, i)).join('') + exporter.end(2);
    expect(streamed).toBe(exportNotices(format, notices));
    expect(exporter.extension).toMatch(/^[a-z]+$/);
  });
});
