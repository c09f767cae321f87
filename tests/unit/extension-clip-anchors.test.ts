// Re-anchoring on revisit, the content script's side: each clipping anchored by shared/anchor
// or left an orphan (never painted), painted in its own colour under a key no rule can have,
// and the outcome reported to the background only when it changed.
import { describe, expect, it } from 'vitest';
import { createAnchorReporter } from '../../extension/lib/content/anchor-report.ts';
import {
  anchorClippings,
  anchoredCount,
  clipSpans,
} from '../../extension/lib/content/clip-anchors.ts';
import {
  clipBaseStyleSheet,
  clipColor,
  clipKey,
  clipStyleSheet,
  isClipKey,
} from '../../extension/lib/content/clip-styles.ts';
import { highlightName } from '../../extension/lib/content/rule-styles.ts';
import { createTimeSlicer } from '../../extension/lib/content/time-slicer.ts';
import type { RequestOf } from '../../extension/lib/protocol/requests.ts';
import { describeRange } from '../../shared/anchor/describe.ts';
import type { Clipping } from '../../shared/model.ts';
import { parseWatchRules } from '../../shared/rules/validate-rules.ts';

const PAGE =
  '关于巡视整改进展情况的通报。按照中央统一部署，中央第十巡视组对科技部党组开展了常规巡视。科技部党组高度重视，逐项抓好整改落实。';

function fakeClipping(id: string, text: string, start: number, end: number, color = '#ffd54f') {
  const selectors = describeRange(text, start, end);
  const clipping: Clipping = {
    id,
    url: 'https://www.most.gov.cn/kjbgz/a.html',
    pageTitle: 'T',
    quote: selectors[0].exact,
    selectors,
    note: '',
    tags: [],
    color,
    createdAt: '2024-01-05T00:00:00.000Z',
    updatedAt: '2024-01-05T00:00:00.000Z',
  };
  return clipping;
}

const at = (quote: string) => [PAGE.indexOf(quote), PAGE.indexOf(quote) + quote.length] as const;

describe('anchorClippings', () => {
  const kept = fakeClipping('kept', PAGE, ...at('中央第十巡视组对科技部党组'), '#A5D6A7');
  const edited = fakeClipping('edited', PAGE, ...at('科技部党组高度重视，逐项抓好整改落实'));
  const gone = fakeClipping('gone', PAGE, ...at('按照中央统一部署'));

  it('finds clippings on a changed page, and leaves a removed passage an orphan', async () => {
    const changed = `新增说明。${PAGE.replace('按照中央统一部署，', '').replace('高度重视', '十分重视')}`;
    const anchors = await anchorClippings(changed, [kept, edited, gone], createTimeSlicer(0));
    const shown = anchors.map(({ clipping, result }) =>
      result.status === 'orphan'
        ? [clipping.id, 'orphan']
        : [clipping.id, result.status, changed.slice(result.start, result.end)],
    );
    expect(shown).toEqual([
      ['kept', 'exact', '中央第十巡视组对科技部党组'],
      ['edited', 'fuzzy', '科技部党组十分重视，逐项抓好整改落实'],
      ['gone', 'orphan'],
    ]);
    expect(anchoredCount(anchors)).toBe(2);
    // Orphans are not painted; the others in their colour, lower-cased.
    expect(clipSpans(anchors).map((s) => s.rule)).toEqual([clipKey('#a5d6a7'), clipKey('#ffd54f')]);
  });

  it('anchors nothing, and prepares nothing, without clippings', async () => {
    expect(await anchorClippings(PAGE, [], createTimeSlicer(0))).toEqual([]);
  });

  it('makes an orphan of a clipping whose selectors make no sense', async () => {
    const odd = { ...kept, selectors: [null, null] } as unknown as Clipping;
    const [anchor] = await anchorClippings(PAGE, [odd], createTimeSlicer(0));
    expect(anchor?.result).toEqual({ status: 'orphan', reason: 'not-found' });
  });
});

describe('clipping styles', () => {
  it('gives clipping highlights names no rule id can have', () => {
    const key = clipKey('#ffd54f');
    expect(highlightName(key)).toBe('kjwatch--clip-ffd54f');
    expect(isClipKey(key)).toBe(true);
    const file = {
      formatName: 'kjwatch-rules',
      formatVersion: 1,
      rules: [{ id: key, any: ['x'] }],
    };
    expect(parseWatchRules(file).ok).toBe(false);
  });

  it('puts only checked hex colours into CSS', () => {
    expect(clipColor('red; } body { display: none')).toBe('#ffd54f');
    const css = clipStyleSheet(['#12AB34', 'url(javascript:alert(1))']);
    expect(css).toContain('::highlight(kjwatch--clip-12ab34) { background-color: #12ab34;');
    // The form's colours (the fallback one among them) are styled by the base sheet.
    expect(css).toContain('mark[data-kjwatch-hl="-clip-ffd54f"]');
    expect(clipBaseStyleSheet()).toContain('::highlight(kjwatch--clip-ffd54f)');
    expect(clipBaseStyleSheet()).toContain('::highlight(kjwatch--clip-90caf9)');
    expect(css).not.toContain('javascript');
  });
});

describe('createAnchorReporter', () => {
  it('reports when the outcome changes, and again after a failed send', async () => {
    const sent: RequestOf<'clippings:reportAnchoring'>[] = [];
    let online = true;
    const report = createAnchorReporter(async (r) => {
      sent.push(r);
      return online;
    });
    const kept = fakeClipping('a', PAGE, 0, 4);
    const anchored = {
      clipping: kept,
      result: { status: 'exact', start: 0, end: 4, score: 1 },
    } as const;
    const orphan = { clipping: kept, result: { status: 'orphan', reason: 'not-found' } } as const;
    await report([anchored]);
    await report([anchored]);
    await report([]);
    expect(sent).toEqual([{ type: 'clippings:reportAnchoring', anchored: ['a'], orphaned: [] }]);
    online = false;
    await report([orphan]);
    online = true;
    await report([orphan]);
    expect(sent.slice(1)).toEqual([
      {
        type: 'clippings:reportAnchoring',
        anchored: [],
        orphaned: [{ id: 'a', reason: 'not-found' }],
      },
      {
        type: 'clippings:reportAnchoring',
        anchored: [],
        orphaned: [{ id: 'a', reason: 'not-found' }],
      },
    ]);
  });
});
