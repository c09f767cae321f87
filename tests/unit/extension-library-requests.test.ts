// The extension pages' library requests, through the background's real checks: only extension
// pages may send them; messages are checked field by field; edits, deletes with undo, import
// and settings do what the side panel and options page rely on.
import { describe, expect, it } from 'vitest';
import {
  type BackgroundContext,
  handleRequest,
} from '../../extension/lib/background/handle-request.ts';
import type { Clipping } from '../../shared/model.ts';
import { fakeClipping } from '../support/fake-clipping.ts';
import { fakeLibraryContext } from '../support/fake-library.ts';

const SELF = { id: 'kjwatchid', origin: 'chrome-extension://kjwatchid' };
const PAGE = { id: SELF.id, url: `${SELF.origin}/sidepanel.html`, origin: SELF.origin };
const TAB = { id: SELF.id, url: 'https://www.most.gov.cn/tztg/a.html', tab: { id: 3 } };
const never = () => Promise.reject(new Error('not used here'));

function setup(clippings: Clipping[] = [fakeClipping({ id: 'a' }), fakeClipping({ id: 'b' })]) {
  const fake = fakeLibraryContext(clippings);
  const ctx: BackgroundContext = {
    self: SELF,
    clippings: { add: never, forUrl: never, all: never, clippedUrls: never },
    rules: { list: async () => [], replace: never },
    anchorStates: { record: never, all: async () => [] },
    language: async () => 'en',
    isEnabledUrl: async () => true,
    siteIdForUrl: () => undefined,
    library: fake.library,
  };
  const ask = (message: Record<string, unknown>, sender: object = PAGE) =>
    handleRequest(message, sender, ctx);
  return { ...fake, ask };
}

describe('library requests', () => {
  it.each([
    { type: 'clippings:update', id: 'a', note: '', tags: [] },
    { type: 'clippings:delete', ids: ['a'] },
    { type: 'clippings:import', clippings: [] },
    { type: 'settings:get' },
    { type: 'sites:set', sites: { disabled: [], added: ['evil.example'] } },
  ])('are refused to content scripts: $type', async (message) => {
    const { ask, rows } = setup();
    expect(await ask(message, TAB)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(rows.size).toBe(2);
  });

  it.each([
    [{ type: 'clippings:update', id: 'a', note: 1, tags: [] }, /note/],
    [
      { type: 'clippings:update', id: 'a', note: '', tags: [], color: '#fff' },
      /unknown fields: color/,
    ],
    [{ type: 'clippings:delete', ids: 'a' }, /ids/],
    [{ type: 'clippings:import', clippings: [{ id: 'x' }] }, /clippings\[0\]/],
    [{ type: 'settings:setLanguage', language: 'fr' }, /"zh" or "en"/],
    [{ type: 'sites:set', sites: { added: [] } }, /disabled/],
  ])('reject malformed messages with a reason: %j', async (message, reason) => {
    const answer = await setup().ask(message);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!answer.ok && answer.error.message).toMatch(reason);
  });

  it('edit a note and tags (tags trimmed, once each)', async () => {
    const { ask, rows } = setup();
    const answer = await ask({
      type: 'clippings:update',
      id: 'a',
      note: '新批注',
      tags: [' 巡视 ', '巡视', ''],
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { clipping: { id: 'a', note: '新批注', tags: ['巡视'] } },
    });
    expect(rows.get('a')!.updatedAt).toBe('2024-02-01T00:00:00.000Z');
    expect(await ask({ type: 'clippings:update', id: 'zz', note: '', tags: [] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('delete softly, restore, delete again and purge', async () => {
    const { ask, rows } = setup();
    expect(await ask({ type: 'clippings:delete', ids: ['a', 'missing'] })).toEqual({
      ok: true,
      value: { ids: ['a'] },
    });
    // Hidden, so not editable; still there, so it can come back.
    expect(await ask({ type: 'clippings:update', id: 'a', note: 'x', tags: [] })).toMatchObject({
      ok: false,
    });
    const restored = await ask({ type: 'clippings:restore', ids: ['a'] });
    expect(restored).toMatchObject({ ok: true, value: { clippings: [{ id: 'a' }] } });
    // Purge removes only what is soft-deleted.
    expect(await ask({ type: 'clippings:purge', ids: ['a'] })).toEqual({
      ok: true,
      value: { ids: [] },
    });
    await ask({ type: 'clippings:delete', ids: ['a'] });
    expect(await ask({ type: 'clippings:purge', ids: ['a', 'b'] })).toEqual({
      ok: true,
      value: { ids: ['a'] },
    });
    expect([...rows.keys()]).toEqual(['b']);
  });

  it('import merges by id, the newer version winning', async () => {
    const { ask, rows } = setup();
    const answer = await ask({
      type: 'clippings:import',
      clippings: [
        fakeClipping({ id: 'a', note: '较新', updatedAt: '2024-06-01T00:00:00.000Z' }),
        fakeClipping({ id: 'b', note: '较旧', updatedAt: '2023-01-01T00:00:00.000Z' }),
        fakeClipping({ id: 'c' }),
      ],
    });
    expect(answer).toMatchObject({ ok: true, value: { added: 1, updated: 1, unchanged: 1 } });
    expect([rows.get('a')!.note, rows.get('b')!.note, rows.has('c')]).toEqual(['较新', '', true]);
  });

  it('keep the language and the sites, and register the added sites', async () => {
    const { ask, synced } = setup();
    expect(await ask({ type: 'settings:get' })).toEqual({
      ok: true,
      value: { sites: { disabled: [], added: [] } },
    });
    expect(await ask({ type: 'settings:setLanguage', language: 'zh' })).toEqual({
      ok: true,
      value: { language: 'zh' },
    });
    const sites = {
      disabled: ['most.gov.cn'],
      added: ['https://www.kjj.example.gov.cn/tzgg/', 'bad host', 'kjj.example.gov.cn'],
    };
    const expected = { disabled: ['most.gov.cn'], added: ['kjj.example.gov.cn'] };
    expect(await ask({ type: 'sites:set', sites })).toEqual({
      ok: true,
      value: { sites: expected },
    });
    expect(synced).toEqual([expected]);
    expect(await ask({ type: 'settings:get' })).toEqual({
      ok: true,
      value: { language: 'zh', sites: expected },
    });
  });
});
