// buildTextIndex over linkedom documents: what counts as page text, and the map between text
// offsets and DOM positions that the extension turns into highlight ranges.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../shared/anchor/anchor.ts';
import { describeRange } from '../../shared/anchor/describe.ts';
import {
  buildTextIndex,
  type DomPosition,
  textIndexBuilder,
} from '../../shared/anchor/text-index.ts';
import type { NodeLike } from '../../shared/dom/doc-like.ts';

function body(html: string): NodeLike {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document.body as unknown as NodeLike;
}

const index = (html: string) => buildTextIndex(body(html));

/** A DOM position as `<parent>data@offset`, readable in a table. */
const show = (p: DomPosition | null) =>
  p ? `${p.node.parentNode?.nodeName.toLowerCase()}:${p.node.textContent}@${p.offset}` : null;

describe('buildTextIndex: the page text', () => {
  it.each([
    ['a term split across elements', '<p><span>巡</span><span>视</span>整改</p>', '巡视整改'],
    ['ruby: base text only', '<ruby>學<rp>(</rp><rt>xué</rt><rp>)</rp></ruby>習', '學習'],
    [
      'scripts, styles, noscript, templates',
      '<script>var a="巡视";</script><style>p{}</style><noscript>请启用</noscript><template><p>模板</p></template>正文',
      '正文',
    ],
    [
      'kjwatch UI, however deep',
      '<p>正文<span data-kjwatch-ui="">保存<b>剪辑</b></span>继续</p>',
      '正文继续',
    ],
    ['comments', '<p>巡<!-- 注释 -->视</p>', '巡视'],
    ['blocks joined with nothing between', '<p>第一段</p><p>第二段</p>', '第一段第二段'],
    [
      'whitespace between blocks kept as the source has it',
      '<p>第一段</p>\n  <p>第二段</p>',
      '第一段\n  第二段',
    ],
    ['<br> adds nothing', '第一行<br>第二行', '第一行第二行'],
    ['entities decoded', '<p>R&amp;D&nbsp;投入</p>', 'R&D\u00a0投入'],
    ['characters outside the BMP', '<p>𠀀巡视</p>', '𠀀巡视'],
    ['an empty page', '', ''],
  ])('%s', (_case, html, text) => {
    expect(index(html).text).toBe(text);
  });
});

describe('buildTextIndex: locate and offsetOf', () => {
  const split = index('<p><span>巡</span><span>视</span>整改</p><p>𠀀工作</p>');

  it.each([
    [0, 'next', 'span:巡@0'],
    [0, 'previous', 'span:巡@0'],
    [1, 'next', 'span:视@0'],
    [1, 'previous', 'span:巡@1'],
    [2, 'next', 'p:整改@0'],
    [2, 'previous', 'span:视@1'],
    [3, 'next', 'p:整改@1'],
    [4, 'next', 'p:𠀀工作@0'],
    [6, 'next', 'p:𠀀工作@2'], // UTF-16: 𠀀 is two units
    [8, 'next', 'p:𠀀工作@4'],
    [8, 'previous', 'p:𠀀工作@4'],
    [9, 'next', null],
    [-1, 'next', null],
    [1.5, 'next', null],
  ] as const)('locate(%d, %s) → %s', (offset, affinity, expected) => {
    expect(show(split.locate(offset, affinity))).toBe(expected);
  });

  it('locates nothing in an empty page', () => {
    expect(index('<p></p>').locate(0)).toBeNull();
  });

  it('maps DOM boundary points back to offsets', () => {
    const root = body('<p><span>巡</span><span>视</span>整改</p><script>x</script><p>工作</p>');
    const idx = buildTextIndex(root);
    const [p1, script, p2] = [0, 1, 2].map((i) => root.childNodes[i]!);
    const span2 = p1!.childNodes[1]!;
    expect(idx.offsetOf(span2.childNodes[0]!, 1)).toBe(2); // in a text node
    expect(idx.offsetOf(p1!, 1)).toBe(1); // before the second span
    expect(idx.offsetOf(p1!, 3)).toBe(4); // after p's last child
    expect(idx.offsetOf(root, 2)).toBe(4); // before the second paragraph
    expect(idx.offsetOf(script!.childNodes[0]!, 1)).toBe(4); // inside skipped text: where it sits
    expect(idx.offsetOf(p2!.childNodes[0]!, 99)).toBe(6); // clamped to the node
    expect(idx.offsetOf(body('<p>别处</p>'), 0)).toBeNull(); // not under the root
  });

  it('places an empty text node where it sat, and knows nothing of nodes added afterwards', () => {
    const root = body('<p>巡视</p><p>整改</p>');
    const [p1, p2] = [0, 1].map((i) => root.childNodes[i]!) as [NodeLike, NodeLike];
    const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
    // The parser drops empty text: put one in between by hand, before indexing.
    const empty = document.createTextNode('');
    (p2 as unknown as Node).insertBefore(empty, p2.firstChild as unknown as Node);
    const idx = buildTextIndex(root);
    expect(idx.offsetOf(empty as unknown as NodeLike, 0)).toBe(2);
    expect(idx.spanOf(empty as unknown as NodeLike)).toEqual([2, 2]);
    expect(idx.offsetOf(p2, 1)).toBe(2); // before 整改, after the empty node
    expect(idx.spanOf(p1.firstChild!)).toEqual([0, 2]);
    const later = document.createTextNode('新');
    (p1 as unknown as Node).appendChild(later);
    expect(idx.offsetOf(later as unknown as NodeLike, 0)).toBeNull();
    expect(idx.spanOf(later as unknown as NodeLike)).toBeNull();
  });

  it('every offset survives locate → offsetOf', () => {
    const idx = index(
      '<p><span>巡</span><span>视</span>整<b>改</b></p>\n<ruby>學<rt>xué</rt></ruby>𠀀',
    );
    for (let k = 0; k <= idx.text.length; k++) {
      for (const affinity of ['next', 'previous'] as const) {
        const p = idx.locate(k, affinity)!;
        expect(idx.offsetOf(p.node, p.offset)).toBe(k);
      }
    }
  });
});

describe('textIndexBuilder: the same index a few nodes at a time', () => {
  it('gives the text, positions and element spans of buildTextIndex, however it is sliced', () => {
    const html =
      '<ul><li><a>第1号<span>巡</span><span>视</span></a><rt>xún</rt></li><li><a>整改</a><script>x</script></li></ul><p>页脚</p>';
    const root = body(html);
    const whole = buildTextIndex(root);
    for (const size of [1, 2, 3, 7]) {
      const builder = textIndexBuilder(root);
      let steps = 1;
      while (!builder.step(size)) steps++;
      const sliced = builder.finish();
      expect(steps).toBeGreaterThan(1);
      expect(sliced.text).toBe('第1号巡视整改页脚');
      expect(sliced.text).toBe(whole.text);
      for (let k = 0; k <= whole.text.length; k++) {
        expect(show(sliced.locate(k))).toBe(show(whole.locate(k)));
      }
      const items = (root as unknown as Element).querySelectorAll('li');
      expect(sliced.spanOf(items[0] as unknown as NodeLike)).toEqual([0, 5]);
      expect(sliced.spanOf(items[1] as unknown as NodeLike)).toEqual([5, 7]);
    }
  });
});

describe('a clipping through the DOM', () => {
  it('comes back to the same words after the page gained a paragraph', () => {
    const article =
      '<p>局党组对<span>巡</span><span>察</span>反馈问题高度重视，多次召开局党组会推进整改工作。</p>';
    const before = buildTextIndex(body(`<div>${article}</div>`));
    // The researcher selects 巡察反馈问题: from the first span's text to inside the next text node.
    const spans = before.nodes.map((n) => n.node);
    const start = before.offsetOf(spans[1]!, 0)!;
    const end = before.offsetOf(spans[3]!, 4)!;
    const selectors = describeRange(before.text, start, end);
    expect(selectors[0].exact).toBe('巡察反馈问题');

    const after = buildTextIndex(
      body(`<div><p>新增一段导语。</p><p data-kjwatch-ui>工具栏</p>${article}</div>`),
    );
    const result = anchorQuote(after.text, selectors);
    expect(result.status).toBe('exact');
    if (result.status === 'orphan') return;
    const from = after.locate(result.start, 'next')!;
    const to = after.locate(result.end, 'previous')!;
    expect([from.node.textContent, from.offset, to.node.textContent, to.offset]).toEqual([
      '巡',
      0,
      '反馈问题高度重视，多次召开局党组会推进整改工作。',
      4,
    ]);
  });
});
