// The generic extractor's body text, attachments and related links on small pages, one
// behaviour per case, and documents with nothing to extract.
import { describe, expect, it } from 'vitest';
import {
  fakeArticle as article,
  fakeFooter as footer,
  fakeNav as nav,
  PROSE,
  PROSE2,
  fakePage as page,
  extractFake as run,
} from './extract-fake-pages.ts';

describe('bodyText', () => {
  it.each([
    [
      'ruby annotations',
      '<p>中國科<ruby>學<rp>(</rp><rt>xué</rt><rp>)</rp></ruby>院</p>',
      '中國科學院',
      'xué',
    ],
    ['inline style', `<style>.TRS_Editor P{margin:0}</style><p>${PROSE}</p>`, PROSE, 'margin'],
    [
      'script and noscript',
      `<script>var a="脚本";</script><noscript>请启用脚本</noscript><p>${PROSE}</p>`,
      PROSE,
      '脚本',
    ],
    [
      'hidden elements',
      `<p>${PROSE}</p><div style="display: none">隐藏的内容</div>`,
      PROSE,
      '隐藏',
    ],
    ['the font-size toolbar', `<p>【字号 大 中 小】</p><p>${PROSE}</p>`, PROSE, '字号'],
    ['zoom buttons', `<p>[放大字体] [缩小字体]</p><p>${PROSE}</p>`, PROSE, '放大'],
    ['print and close', `<p>${PROSE}</p><p>【打印本页】【关闭窗口】</p>`, PROSE, '关闭窗口'],
    ['the QR prompt', `<p>${PROSE}</p><p>扫一扫在手机打开当前页</p>`, PROSE, '扫一扫'],
    ['an editor credit line', `<p>${PROSE}</p><p>责任编辑：张三</p>`, PROSE, '责任编辑'],
    ['an editor credit closing a paragraph', `<p>${PROSE}（责任编辑：李四）</p>`, PROSE, '李四'],
    ['an image file name', `<p>${PROSE}</p><p>W020210128394857362716.jpg</p>`, PROSE, '.jpg'],
  ])('drops %s', (_case, inner, kept, dropped) => {
    const n = run(page('', article(inner)));
    expect(n.bodyText).toContain(kept);
    expect(n.bodyText).not.toContain(dropped);
  });

  it('keeps paragraph breaks and image captions, tidies whitespace', () => {
    const inner = `<p>　　${PROSE}</p><p><img src="a.jpg"></p><p style="text-align:center">会议现场</p><p>  ${PROSE2}\n  </p>`;
    expect(run(page('', article(inner))).bodyText).toBe(`${PROSE}\n会议现场\n${PROSE2}`);
  });

  it('joins a source line break between two Chinese characters without a space', () => {
    const n = run(
      page(
        '',
        article(
          '<p>为深入实施创新驱动发展战略，进一步提升科技\n        创新能力，现将有关事项通知如下。</p>',
        ),
      ),
    );
    expect(n.bodyText).toContain('提升科技创新能力');
  });

  it('finds the body of a table layout with no CMS markers, without the navigation or footer', () => {
    const links = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/n${i}.html">关于做好第${i}批科技项目验收工作的通知</a></li>`,
    ).join('');
    const html = page(
      '<title>关于开展2021年度项目申报的通知</title>',
      `${nav}<table><tr><td class="left"><ul>${links}</ul></td><td class="right"><h1>关于开展2021年度项目申报的通知</h1><p>${PROSE}</p><p>${PROSE2}</p><p>${PROSE}</p></td></tr></table>${footer}`,
    );
    const n = run(html);
    expect(n.bodyText).toBe(`${PROSE}\n${PROSE2}\n${PROSE}`);
  });

  it('prefers the text over a .TRS_Editor blurb in a sidebar', () => {
    const html = page(
      '',
      `${nav}<div class="side"><div class="TRS_Editor">领导简介</div></div>${article(`<p>${PROSE}</p><p>${PROSE2}</p><p>${PROSE}</p>`)}`,
    );
    expect(run(html).bodyText).toBe(`${PROSE}\n${PROSE2}\n${PROSE}`);
  });

  it('does not take a page-wide id="zoom" wrapper as the body', () => {
    const html = page('', `<div id="zoom">${article(`<p>${PROSE}</p><p>${PROSE2}</p>`)}</div>`);
    const n = run(html);
    expect(n.bodyText).toBe(`${PROSE}\n${PROSE2}`);
  });
});

describe('attachments and related links', () => {
  const body = [
    `<p>${PROSE}</p>`,
    '<p>附件：<a href="./P020210304512345678901.pdf">1.申报指南.pdf</a></p>',
    '<p><a href="/module/download.DOCX">2.申报书模板.DOCX</a></p>',
    '<p><a href="/pdfjs/web/viewer.html?file=/upload/2021/03/%E9%99%84%E4%BB%B63.pdf">附件3</a></p>',
    '<p><a href="./P020210304512345678901.pdf">1.申报指南.pdf</a></p>',
    '<p><img src="./W020210304.jpg" oldsrc="/protect/P0202103/old.pdf"></p>',
    '<p><a href="/kjdt/">科技动态</a></p>',
  ].join('');
  const related =
    '<div class="xgwj"><h3>相关链接</h3><ul><li><a href="/zcjd/202103/t20210305_9.html">《申报通知》政策解读</a></li></ul></div>';
  const n = run(
    page(
      '',
      `${nav}<div class="main"><h1>关于开展2021年度项目申报的通知</h1><div class="content">${body}</div>${related}</div><div class="footer"><a href="/files/guide.pdf">网站使用指南.pdf</a></div>`,
    ),
  );

  it('resolves, unwraps pdf.js, dedupes and ignores oldsrc copies and footer files', () => {
    expect(n.attachments).toEqual([
      {
        name: '1.申报指南.pdf',
        url: 'https://kjt.example.gov.cn/tzgg/202103/P020210304512345678901.pdf',
      },
      { name: '2.申报书模板.DOCX', url: 'https://kjt.example.gov.cn/module/download.DOCX' },
      { name: '附件3', url: 'https://kjt.example.gov.cn/upload/2021/03/%E9%99%84%E4%BB%B63.pdf' },
    ]);
  });

  it('lists 相关 links apart from the body', () => {
    expect(n.related).toEqual([
      {
        title: '《申报通知》政策解读',
        url: 'https://kjt.example.gov.cn/zcjd/202103/t20210305_9.html',
      },
    ]);
    expect(n.bodyText).not.toContain('政策解读');
    expect(n.bodyText).not.toContain('相关链接');
  });
});

describe('degenerate documents', () => {
  it.each([
    ['an empty string', ''],
    ['text without markup', '科技部发布通知'],
    ['a head without a body', '<html><head><title>标题</title></head></html>'],
    ['only furniture', page('', `${nav}${footer}`)],
  ])('give a Notice for %s', (_case, html) => {
    const n = run(html);
    expect(typeof n.bodyText).toBe('string');
    expect(n.matches).toEqual([]);
    expect(n.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
