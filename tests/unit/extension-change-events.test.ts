// What the background announces to open extension pages after a request: the clippings
// written or removed, or which setting changed — worked out from the request and its answer.
import { describe, expect, it } from 'vitest';
import { changeEvent } from '../../extension/lib/background/announce-changes.ts';
import { fakeClipping } from '../support/fake-clipping.ts';

describe('changeEvent', () => {
  const c = fakeClipping({ id: 'a' });
  it.each([
    [
      { type: 'clippings:save' },
      { clipping: c },
      { type: 'event:clippingsChanged', upserted: [c], removed: [] },
    ],
    [
      { type: 'clippings:import' },
      { clippings: [c] },
      { type: 'event:clippingsChanged', upserted: [c], removed: [] },
    ],
    [
      { type: 'clippings:delete' },
      { ids: ['a'] },
      { type: 'event:clippingsChanged', upserted: [], removed: ['a'] },
    ],
    [
      { type: 'settings:setLanguage' },
      { language: 'zh' },
      { type: 'event:settingsChanged', what: 'language' },
    ],
    [{ type: 'rules:replace' }, { rules: [] }, { type: 'event:settingsChanged', what: 'rules' }],
    [{ type: 'clippings:reportAnchoring' }, { recorded: 1 }, { type: 'event:anchorStatesChanged' }],
    [{ type: 'clippings:list' }, { clippings: [] }, undefined],
  ])('%j → its announcement', (message, value, event) => {
    expect(changeEvent(message, { ok: true, value })).toEqual(event);
  });

  it('announces nothing for a refused request', () => {
    expect(
      changeEvent({ type: 'clippings:save' }, { ok: false, error: { code: 'forbidden' } }),
    ).toBeUndefined();
  });
});
