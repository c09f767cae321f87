// What content scripts report about their page: the anchoring outcome (only for clippings of
// the sender's own page) and which list links are clipped (over http and https, without the
// fragment). Message shapes first, then the background's answers over in-memory stores.
import { describe, expect, it } from 'vitest';
import {
  clippedAmong,
  linkVariants,
  recordAnchoring,
} from '../../extension/lib/background/page-reports.ts';
import type { AnchorState } from '../../extension/lib/protocol/anchor-states.ts';
import { isPageCommand } from '../../extension/lib/protocol/page-commands.ts';
import { parseRequest } from '../../extension/lib/protocol/parse-request.ts';
import type { AnchorStateStore, ClippingStore } from '../../extension/lib/storage/stores.ts';
import type { Clipping } from '../../shared/model.ts';

const PAGE = 'https://www.most.gov.cn/kjbgz/202201/t20220110_900001.html';
const OTHER = 'https://www.most.gov.cn/kjbgz/202201/t20220110_900002.html';

describe('parsing page reports', () => {
  it.each([
    [{ type: 'clippings:reportAnchoring', anchored: ['a'], orphaned: [] }],
    [
      {
        type: 'clippings:reportAnchoring',
        anchored: [],
        orphaned: [{ id: 'b', reason: 'ambiguous' }],
      },
    ],
    [{ type: 'clippings:clippedAmong', urls: [PAGE, OTHER] }],
    [{ type: 'ui:language' }],
    [{ type: 'clippings:anchorStates' }],
  ])('accepts %j', (message) => {
    expect(parseRequest(message)).toEqual(message);
  });

  it.each([
    ['extra fields', { type: 'clippings:reportAnchoring', anchored: [], orphaned: [], url: PAGE }],
    ['ids that are not text', { type: 'clippings:reportAnchoring', anchored: [1], orphaned: [] }],
    ['no orphan list', { type: 'clippings:reportAnchoring', anchored: [] }],
    [
      'an unknown reason',
      { type: 'clippings:reportAnchoring', anchored: [], orphaned: [{ id: 'b', reason: 'moved' }] },
    ],
    [
      'a report with more than it declares',
      {
        type: 'clippings:reportAnchoring',
        anchored: [],
        orphaned: [{ id: 'b', reason: 'not-found', url: OTHER }],
      },
    ],
    ['too many links', { type: 'clippings:clippedAmong', urls: Array(5001).fill(PAGE) }],
    ['a link that is not text', { type: 'clippings:clippedAmong', urls: [{}] }],
    ['fields on ui:language', { type: 'ui:language', language: 'en' }],
  ])('rejects %s', (_why, message) => {
    expect(typeof parseRequest(message)).toBe('string');
  });

  it('recognises the background’s command to open the form, and nothing else', () => {
    expect(isPageCommand({ type: 'clip-form:open' })).toBe(true);
    expect(isPageCommand({ type: 'clippings:save' })).toBe(false);
    expect(isPageCommand(null)).toBe(false);
  });
});

function fakeStores(clippings: Pick<Clipping, 'id' | 'url'>[]) {
  const rows: AnchorState[] = [];
  const store = {
    forUrl: async (url: string) => clippings.filter((c) => c.url === url),
    clippedUrls: async (urls: readonly string[]) =>
      [...new Set(clippings.map((c) => c.url))].filter((u) => urls.includes(u)),
  } as Pick<ClippingStore, 'forUrl' | 'clippedUrls'> as ClippingStore;
  const states: AnchorStateStore = {
    async record(url, outcomes, at) {
      rows.push(...outcomes.map((o) => ({ ...o, url, checkedAt: at.toISOString() })));
    },
    all: async () => rows,
  };
  return { store, states, rows };
}

describe('recordAnchoring', () => {
  it('records only clippings of the sender’s page; a clipping reported both ways is orphaned', async () => {
    const { store, states, rows } = fakeStores([
      { id: 'a', url: PAGE },
      { id: 'b', url: PAGE },
      { id: 'c', url: OTHER },
    ]);
    const request = {
      type: 'clippings:reportAnchoring' as const,
      anchored: ['a', 'b', 'c', 'zzz'],
      orphaned: [
        { id: 'b', reason: 'weak-match' as const },
        { id: 'c', reason: 'not-found' as const },
      ],
    };
    const at = new Date('2024-01-05T08:00:00Z');
    expect(await recordAnchoring(request, PAGE, store, states, at)).toEqual({ recorded: 2 });
    expect(rows).toEqual([
      { clippingId: 'a', status: 'anchored', url: PAGE, checkedAt: '2024-01-05T08:00:00.000Z' },
      {
        clippingId: 'b',
        status: 'orphaned',
        reason: 'weak-match',
        url: PAGE,
        checkedAt: '2024-01-05T08:00:00.000Z',
      },
    ]);
  });
});

describe('clippedAmong', () => {
  it.each([
    [`${PAGE}#p3`, [PAGE, PAGE.replace('https:', 'http:')]],
    [PAGE.replace('https:', 'http:'), [PAGE.replace('https:', 'http:'), PAGE]],
    ['javascript:void(0)', []],
    ['not a url', []],
  ])('compares %s as %j', (link, variants) => {
    expect(linkVariants(link)).toEqual(variants);
  });

  it('answers which links have clippings, as the page wrote them', async () => {
    const { store } = fakeStores([{ id: 'a', url: PAGE.replace('https:', 'http:') }]);
    const links = [`${PAGE}#top`, OTHER, 'javascript:;'];
    expect(await clippedAmong(links, store)).toEqual({ urls: [`${PAGE}#top`] });
  });
});
