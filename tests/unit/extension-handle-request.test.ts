// The background's checks, without a browser: who may ask what, on which page, and what the
// caller is told when storage fails. In-memory stores stand in for Dexie.
import { describe, expect, it } from 'vitest';
import {
  type BackgroundContext,
  handleRequest,
} from '../../extension/lib/background/handle-request.ts';
import type { AnchorState } from '../../extension/lib/protocol/anchor-states.ts';
import type { ClippingDraft } from '../../extension/lib/protocol/requests.ts';
import { isEnabledUrl } from '../../extension/lib/sites/site-settings.ts';
import { newClipping } from '../../extension/lib/storage/new-clipping.ts';
import { StorageWriteError } from '../../extension/lib/storage/storage-error.ts';
import type { AnchorStateStore } from '../../extension/lib/storage/stores.ts';
import type { Clipping, WatchRule } from '../../shared/model.ts';
import { profileForUrl } from '../../shared/sites/index.ts';
import { fakeLibraryContext } from '../support/fake-library.ts';

const SELF = { id: 'kjwatchid', origin: 'chrome-extension://kjwatchid' };
const MOST = 'https://www.most.gov.cn/tztg/202401/t20240105_1.html';
const contentScript = (url: string) => ({ id: SELF.id, url, tab: { id: 7 }, frameId: 0 });
const extensionPage = { id: SELF.id, url: `${SELF.origin}/options.html`, origin: SELF.origin };

function fakeDraft(fields: Partial<ClippingDraft> = {}): ClippingDraft {
  return {
    pageTitle: '通知',
    quote: '巡视整改',
    selectors: [
      { type: 'TextQuoteSelector', exact: '巡视整改', prefix: '关于', suffix: '工作' },
      { type: 'TextPositionSelector', start: 2, end: 6 },
    ],
    note: '',
    tags: [' 巡视 ', '', '巡视', '整改'],
    color: '#ffd54f',
    ...fields,
  };
}

function fakeAnchorStates(): AnchorStateStore & { rows: AnchorState[] } {
  const rows: AnchorState[] = [];
  return {
    rows,
    async record(url, outcomes, at) {
      const kept = rows.filter((r) => r.url !== url);
      const added = outcomes.map((o) => ({ ...o, url, checkedAt: at.toISOString() }));
      rows.splice(0, rows.length, ...kept, ...added);
    },
    all: async () => [...rows],
  };
}

function fakeContext(options: { failWith?: StorageWriteError; rules?: WatchRule[] } = {}) {
  const saved: Clipping[] = [];
  let rules: WatchRule[] = options.rules ?? [{ id: 'inspection', any: ['巡视'] }];
  const ctx: BackgroundContext = {
    self: SELF,
    clippings: {
      async add(draft, url) {
        if (options.failWith) throw options.failWith;
        const c = newClipping(draft, url, new Date('2024-01-05T08:00:00Z'), `c${saved.length}`);
        saved.push(c);
        return c;
      },
      forUrl: async (url) => saved.filter((c) => c.url === url),
      all: async () => [...saved].reverse(),
      clippedUrls: async (urls) => urls.filter((u) => saved.some((c) => c.url === u)),
    },
    anchorStates: fakeAnchorStates(),
    language: async () => 'zh',
    rules: {
      list: async () => rules,
      async replace(next) {
        if (options.failWith) throw options.failWith;
        rules = [...next];
      },
    },
    isEnabledUrl: async (url) =>
      isEnabledUrl(url, { disabled: ['kjt.ah.gov.cn'], added: ['example.org'] }),
    siteIdForUrl: (url) => profileForUrl(url)?.id,
    library: fakeLibraryContext().library,
  };
  return { ctx, saved, rules: () => rules };
}

describe('who may ask', () => {
  it.each([
    { why: 'another extension', sender: { id: 'other', url: `${SELF.origin}/options.html` } },
    { why: 'a sender without a URL', sender: { id: SELF.id, tab: { id: 1 } } },
    { why: 'a page URL without a tab', sender: { id: SELF.id, url: MOST } },
    {
      why: 'a non-web page in a tab',
      sender: { id: SELF.id, url: 'file:///tmp/a.html', tab: { id: 1 } },
    },
    {
      why: 'an extension URL reported from another origin',
      sender: { ...extensionPage, origin: 'https://www.most.gov.cn' },
    },
  ])('refuses $why', async ({ sender }) => {
    const { ctx } = fakeContext();
    const answer = await handleRequest({ type: 'rules:list' }, sender, ctx);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each(['rules:list', 'clippings:list', 'clippings:anchorStates'])(
    'refuses %s to content scripts',
    async (type) => {
      const { ctx } = fakeContext();
      const answer = await handleRequest({ type }, contentScript(MOST), ctx);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    },
  );

  it('refuses rules:replace to content scripts, leaving the rules as they were', async () => {
    const { ctx, rules } = fakeContext();
    const file = {
      formatName: 'kjwatch-rules',
      formatVersion: 1,
      rules: [{ id: 'x', any: ['y'] }],
    };
    const answer = await handleRequest({ type: 'rules:replace', file }, contentScript(MOST), ctx);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(rules()).toEqual([{ id: 'inspection', any: ['巡视'] }]);
  });

  it.each([
    { why: 'a site the user switched off', url: 'https://kjt.ah.gov.cn/kjzx/tzgg/index.html' },
    { why: 'a site kjwatch does not know', url: 'https://www.example.com/' },
  ])('answers content scripts only on enabled sites, not on $why', async ({ url }) => {
    const { ctx } = fakeContext();
    const answer = await handleRequest({ type: 'rules:forPage' }, contentScript(url), ctx);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers a content script on a built-in or user-added site, with the site id', async () => {
    const { ctx } = fakeContext();
    expect(await handleRequest({ type: 'rules:forPage' }, contentScript(MOST), ctx)).toEqual({
      ok: true,
      value: { rules: [{ id: 'inspection', any: ['巡视'] }], siteId: 'most-tztg' },
    });
    const added = await handleRequest(
      { type: 'rules:forPage' },
      contentScript('http://example.org/a'),
      ctx,
    );
    expect(added).toEqual({ ok: true, value: { rules: [{ id: 'inspection', any: ['巡视'] }] } });
  });

  it('sends page requests from extension pages back: they have no page', async () => {
    const { ctx } = fakeContext();
    const answer = await handleRequest({ type: 'clippings:forPage' }, extensionPage, ctx);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('clippings of the sender page', () => {
  it('files a clipping under the sender page, without its fragment, whatever the draft', async () => {
    const { ctx, saved } = fakeContext();
    const answer = await handleRequest(
      { type: 'clippings:save', clipping: fakeDraft() },
      contentScript(`${MOST}#p3`),
      ctx,
    );
    expect(answer).toMatchObject({ ok: true, value: { clipping: { id: 'c0', url: MOST } } });
    expect(saved[0]).toMatchObject({
      url: MOST,
      tags: ['巡视', '整改'],
      createdAt: '2024-01-05T08:00:00.000Z',
    });
    const other = contentScript('https://www.most.gov.cn/kjbgz/');
    expect(await handleRequest({ type: 'clippings:forPage' }, other, ctx)).toEqual({
      ok: true,
      value: { clippings: [] },
    });
    expect(await handleRequest({ type: 'clippings:forPage' }, contentScript(MOST), ctx)).toEqual({
      ok: true,
      value: { clippings: saved },
    });
  });

  it.each([
    new StorageWriteError('storage-full', 'Saving the clipping: storage is full'),
    new StorageWriteError('storage-failed', 'Saving the clipping failed'),
  ])('tells the caller when the write fails ($code)', async (failure) => {
    const { ctx } = fakeContext({ failWith: failure });
    const answer = await handleRequest(
      { type: 'clippings:save', clipping: fakeDraft() },
      contentScript(MOST),
      ctx,
    );
    expect(answer).toEqual({ ok: false, error: { code: failure.code, message: failure.message } });
  });
});

describe('rules from extension pages', () => {
  it('replaces the rules with a valid file', async () => {
    const { ctx, rules } = fakeContext();
    const file = {
      formatName: 'kjwatch-rules',
      formatVersion: 1,
      rules: [{ id: 'ai', any: ['AI'] }],
    };
    const answer = await handleRequest({ type: 'rules:replace', file }, extensionPage, ctx);
    expect(answer).toEqual({ ok: true, value: { rules: [{ id: 'ai', any: ['AI'] }] } });
    expect(rules()).toEqual([{ id: 'ai', any: ['AI'] }]);
  });

  it('lists every problem of an invalid file and keeps the old rules', async () => {
    const { ctx, rules } = fakeContext();
    const file = {
      formatName: 'kjwatch-rules',
      formatVersion: 1,
      rules: [{ id: 'a b', any: 'x' }],
    };
    const answer = await handleRequest({ type: 'rules:replace', file }, extensionPage, ctx);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-rules' } });
    if (answer.ok) return;
    expect(answer.error.problems?.map((p) => p.path)).toEqual([
      'rules[0] "a b".id',
      'rules[0] "a b".any',
    ]);
    expect(rules()).toEqual([{ id: 'inspection', any: ['巡视'] }]);
  });
});

describe('what content scripts report about their page', () => {
  it('records where the page’s clippings were found, for the side panel to read', async () => {
    const { ctx } = fakeContext();
    await handleRequest(
      { type: 'clippings:save', clipping: fakeDraft() },
      contentScript(MOST),
      ctx,
    );
    const report = {
      type: 'clippings:reportAnchoring',
      anchored: [],
      orphaned: [{ id: 'c0', reason: 'not-found' }],
    };
    expect(await handleRequest(report, contentScript(MOST), ctx)).toEqual({
      ok: true,
      value: { recorded: 1 },
    });
    // Another page of the site cannot mark this page's clipping.
    const other = contentScript('https://www.most.gov.cn/kjbgz/');
    expect(await handleRequest(report, other, ctx)).toEqual({ ok: true, value: { recorded: 0 } });
    expect(await handleRequest({ type: 'clippings:anchorStates' }, extensionPage, ctx)).toEqual({
      ok: true,
      value: {
        states: [
          {
            clippingId: 'c0',
            status: 'orphaned',
            reason: 'not-found',
            url: MOST,
            checkedAt: expect.any(String),
          },
        ],
      },
    });
    expect(await handleRequest(report, extensionPage, ctx)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('tells content scripts and extension pages the UI language', async () => {
    const { ctx } = fakeContext();
    for (const sender of [contentScript(MOST), extensionPage]) {
      expect(await handleRequest({ type: 'ui:language' }, sender, ctx)).toEqual({
        ok: true,
        value: { language: 'zh' },
      });
    }
  });
});
