// @vitest-environment jsdom
// The content script's page index and the <mark> fallback, on a DOM (jsdom has no CSS Custom
// Highlight API, which is also what the fallback is for).
import { describe, expect, it } from 'vitest';
import { buildPageIndex } from '../../extension/lib/content/page-index.ts';
import { createTimeSlicer } from '../../extension/lib/content/time-slicer.ts';
import { createWrappingPainter } from '../../extension/lib/content/wrapping-painter.ts';
import { buildTextIndex } from '../../shared/anchor/text-index.ts';
import type { NodeLike } from '../../shared/dom/doc-like.ts';
import { compileRules } from '../../shared/rules/rule-matcher.ts';

// Yields at every check: the index must come out the same however often it pauses.
const eager = () => createTimeSlicer(0);

function bigList(entries: number): string {
  const items = Array.from(
    { length: entries },
    (_, i) =>
      `<li><a href="/a/${i}.html">第${i}号<span>巡</span><span>视</span>整改通知</a><rt>xún</rt><span>2024-01-05</span></li>`,
  );
  return `<div id="page"><h1>通知公告</h1><ul id="list">${items.join('\n')}</ul><script>var x = "巡视";</script><p>页脚</p></div>`;
}

describe('buildPageIndex', () => {
  it('reads, in slices, the same text as one TextIndex over the body', async () => {
    document.body.innerHTML = bigList(400);
    const index = await buildPageIndex(document.body, eager());
    expect(index.text).toBe(buildTextIndex(document.body as unknown as NodeLike).text);
    expect(index.text).not.toContain('xún');
    expect(index.text).not.toContain('var x');
  });

  it('maps every match back to a range over exactly the matched text', async () => {
    document.body.innerHTML = bigList(300);
    const index = await buildPageIndex(document.body, eager());
    const spans = compileRules([{ id: 'inspection', any: ['巡视'] }]).matchText(index.text).spans;
    expect(spans).toHaveLength(300);
    for (const span of spans) expect(index.rangeOf(span.start, span.end)?.toString()).toBe('巡视');
    expect(index.rangeOf(-1, 2)).toBeNull();
    expect(index.rangeOf(3, 3)).toBeNull();
  });

  it('finds where an entry’s text lies', async () => {
    document.body.innerHTML = bigList(50);
    const index = await buildPageIndex(document.body, eager());
    const li = document.querySelectorAll('#list li')[17]!;
    const at = index.spanOf(li);
    expect(at).not.toBeNull();
    expect(index.text.slice(at![0], at![1])).toBe('第17号巡视整改通知2024-01-05');
  });
});

describe('the wrapping fallback', () => {
  it('wraps each match, split elements included, and unwraps to the page as it was', async () => {
    const html = '<p id="p">院党组<span>巡</span><span>视</span>整改，<b>巡视</b>工作。</p>';
    document.body.innerHTML = html;
    const index = await buildPageIndex(document.body, eager());
    const spans = compileRules([
      { id: 'inspection', any: ['巡视'] },
      { id: 'party', any: ['党组巡视'] },
    ]).matchText(index.text).spans;
    const painter = createWrappingPainter();
    await painter.paint(spans, index, eager());
    const marks = Array.from(document.querySelectorAll('mark[data-kjwatch-hl]'));
    // Overlapping matches cannot both be wrapped: the earlier one (党组巡视) wins.
    expect(marks.map((m) => [m.getAttribute('data-kjwatch-hl'), m.textContent])).toEqual([
      ['party', '党组'],
      ['party', '巡'],
      ['party', '视'],
      ['inspection', '巡视'],
    ]);
    expect(document.body.textContent).toBe('院党组巡视整改，巡视工作。');
    painter.clear();
    expect(document.body.innerHTML).toBe(html);
  });
});
