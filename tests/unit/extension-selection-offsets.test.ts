// @vitest-environment jsdom
// A selection → its place in the page text: boundary points inside a piece of the page index,
// between pieces, in skipped content and in kjwatch's own UI; the quote read from those
// offsets (never Selection.toString()); next/previous stops; the clipped-entry lookup.
import { describe, expect, it } from 'vitest';
import { createClippedLookup } from '../../extension/lib/content/clipped-entries.ts';
import { matchStops, nextStop } from '../../extension/lib/content/match-navigator.ts';
import { buildPageIndex } from '../../extension/lib/content/page-index.ts';
import { rangeSpan, selectedRange } from '../../extension/lib/content/selection-span.ts';
import { createTimeSlicer } from '../../extension/lib/content/time-slicer.ts';
import { buildTextIndex } from '../../shared/anchor/text-index.ts';
import type { NodeLike } from '../../shared/dom/doc-like.ts';

const eager = () => createTimeSlicer(0);

// Long enough that the index splits it into several pieces (LEAF_TEXT is 4000 units).
function article(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p id="p${i}">第${i}段：中央第十<span>巡</span><span>视</span>组反馈意见，<b>逐项整改</b>落实。${'详细说明。'.repeat(60)}</p>`,
  );
  return `<h1>通知</h1><div id="body">\n${body.join('\n')}\n<script>var x = 1;</script></div><p>页脚</p>`;
}

function textNodeWith(needle: string): Text {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent?.includes(needle)) return n as Text;
  }
  throw new Error(`no text node holds ${needle}`);
}

describe('PageIndex.offsetOf', () => {
  it('agrees with one TextIndex over the body at every boundary point, across pieces', async () => {
    document.body.innerHTML = article(30);
    const index = await buildPageIndex(document.body, eager());
    const whole = buildTextIndex(document.body as unknown as NodeLike);
    expect(index.text).toBe(whole.text);
    const points: [Node, number][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
    for (let n: Node | null = document.body; n; n = walker.nextNode()) {
      const length = n instanceof Text ? n.length : n.childNodes.length;
      for (const offset of new Set([0, Math.floor(length / 2), length])) points.push([n, offset]);
    }
    expect(points.length).toBeGreaterThan(500);
    for (const [node, offset] of points) {
      expect(index.offsetOf(node, offset)).toBe(
        whole.offsetOf(node as unknown as NodeLike, offset),
      );
    }
    expect(index.offsetOf(document.head, 0)).toBeNull();
  });

  it('reads a selection across elements and pieces as the page text between its ends', async () => {
    document.body.innerHTML = article(30);
    const index = await buildPageIndex(document.body, eager());
    const range = new Range();
    range.setStart(textNodeWith('第3段'), 1); // inside 第3段
    range.setEnd(document.getElementById('p12')!.querySelector('b')!.firstChild!, 2);
    const span = rangeSpan(index, range)!;
    const quote = index.text.slice(span.start, span.end);
    expect(quote.startsWith('3段：中央第十巡视组')).toBe(true);
    expect(quote.endsWith('第12段：中央第十巡视组反馈意见，逐项')).toBe(true);
    expect(index.rangeOf(span.start, span.end)?.toString()).toBe(quote);
  });

  it('trims whitespace at a selection’s edges, and finds nothing in whitespace alone', async () => {
    document.body.innerHTML = '<div id="a">\n  <p id="b">巡视整改</p>\n</div>';
    const index = await buildPageIndex(document.body, eager());
    const range = new Range();
    range.setStart(document.getElementById('a')!, 0);
    range.setEnd(document.getElementById('a')!, 3);
    expect(rangeSpan(index, range)).toEqual({ start: 3, end: 7 });
    range.setEnd(document.getElementById('a')!, 1);
    expect(rangeSpan(index, range)).toBeNull();
  });
});

describe('selectedRange', () => {
  it('takes the page’s selection, but not one inside kjwatch’s UI or one without text', () => {
    document.body.innerHTML =
      '<p id="p">巡视整改</p><div data-kjwatch-ui=""><span id="ui">保存摘录</span></div><p id="e"> </p>';
    const select = (id: string) => {
      const range = new Range();
      range.selectNodeContents(document.getElementById(id)!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    };
    select('p');
    expect(selectedRange(document)?.toString()).toBe('巡视整改');
    select('ui');
    expect(selectedRange(document)).toBeNull();
    select('e');
    expect(selectedRange(document)).toBeNull();
    document.getSelection()!.removeAllRanges();
    expect(selectedRange(document)).toBeNull();
  });
});

describe('match stops', () => {
  it('visits each place once, in page order, wrapping around', () => {
    const spans = [
      { rule: 'b', term: '', start: 10, end: 12 },
      { rule: 'a', term: '', start: 2, end: 4 },
      { rule: 'c', term: '', start: 2, end: 4 },
    ];
    expect(matchStops(spans)).toEqual([
      [2, 4],
      [10, 12],
    ]);
    expect([nextStop(-1, 2, 1), nextStop(0, 2, 1), nextStop(1, 2, 1)]).toEqual([0, 1, 0]);
    expect([nextStop(-1, 2, -1), nextStop(0, 2, -1)]).toEqual([1, 1]);
    expect(nextStop(-1, 0, 1)).toBe(-1);
  });
});

describe('createClippedLookup', () => {
  it('asks only about links it has no answer for, and again when unanswered', async () => {
    const [a, b, c] = [1, 2, 3].map(() => document.createElement('li'));
    const entries = [
      { element: a!, title: 'A', url: 'https://x/a' },
      { element: b!, title: 'B', url: 'https://x/b' },
    ];
    const asked: string[][] = [];
    let answering = false;
    const lookup = createClippedLookup(async (urls) => {
      asked.push(urls);
      return answering ? urls.filter((u) => u.endsWith('/a')) : undefined;
    });
    expect(await lookup.clippedEntries(entries)).toEqual(new Set());
    answering = true;
    expect(await lookup.clippedEntries(entries)).toEqual(new Set([a]));
    await lookup.clippedEntries([...entries, { element: c!, title: 'C', url: 'https://x/c' }]);
    expect(asked).toEqual([
      ['https://x/a', 'https://x/b'],
      ['https://x/a', 'https://x/b'],
      ['https://x/c'],
    ]);
  });
});
