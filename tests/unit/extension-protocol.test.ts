// Message shapes: what the background accepts from its callers, field by field, and how failed
// writes become errors the caller can act on.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../extension/lib/protocol/parse-request.ts';
import { isResult } from '../../extension/lib/protocol/results.ts';
import { toStorageError } from '../../extension/lib/storage/storage-error.ts';

const draft = {
  pageTitle: '通知',
  quote: '巡视整改',
  selectors: [
    { type: 'TextQuoteSelector', exact: '巡视整改', prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: 4 },
  ],
  note: '要点',
  tags: ['巡视'],
  color: '#ffd54f',
};

describe('parseRequest', () => {
  it.each([
    [{ type: 'rules:forPage' }, { type: 'rules:forPage' }],
    [{ type: 'clippings:list' }, { type: 'clippings:list' }],
    [
      { type: 'clippings:save', clipping: draft },
      { type: 'clippings:save', clipping: draft },
    ],
    [
      {
        type: 'clippings:save',
        clipping: { ...draft, notice: { title: 'T', publishedAt: '2024-01-05' } },
      },
      {
        type: 'clippings:save',
        clipping: { ...draft, notice: { title: 'T', publishedAt: '2024-01-05' } },
      },
    ],
    [
      { type: 'rules:replace', file: 42 },
      { type: 'rules:replace', file: 42 },
    ],
  ])('accepts %j', (message, expected) => {
    expect(parseRequest(message)).toEqual(expected);
  });

  it.each([
    ['not an object', 'rules:list', /must be an object/],
    ['no type', {}, /unknown request type/],
    ['an unknown type', { type: 'db:drop' }, /unknown request type "db:drop"/],
    ['extra fields', { type: 'rules:list', url: 'x' }, /takes no fields/],
    ['a save without clipping', { type: 'clippings:save' }, /clipping must be an object/],
    ['an empty quote', { type: 'clippings:save', clipping: { ...draft, quote: ' ' } }, /quote/],
    [
      'selectors in the wrong order',
      { type: 'clippings:save', clipping: { ...draft, selectors: [...draft.selectors].reverse() } },
      /selectors/,
    ],
    [
      'a position range that is empty',
      {
        type: 'clippings:save',
        clipping: {
          ...draft,
          selectors: [draft.selectors[0], { type: 'TextPositionSelector', start: 4, end: 4 }],
        },
      },
      /selectors/,
    ],
    [
      'a colour that is not hex',
      { type: 'clippings:save', clipping: { ...draft, color: 'red;x' } },
      /color/,
    ],
    [
      'tags that are not text',
      { type: 'clippings:save', clipping: { ...draft, tags: [1] } },
      /tags/,
    ],
    [
      'an unknown clipping field',
      { type: 'clippings:save', clipping: { ...draft, id: 'mine' } },
      /unknown fields: id/,
    ],
    [
      'an unknown notice field',
      { type: 'clippings:save', clipping: { ...draft, notice: { title: 'T', bodyText: 'x' } } },
      /notice/,
    ],
    [
      'a quote of a whole book',
      { type: 'clippings:save', clipping: { ...draft, quote: 'x'.repeat(100_001) } },
      /quote/,
    ],
  ])('rejects %s', (_why, message, reason) => {
    const parsed = parseRequest(message);
    expect(typeof parsed).toBe('string');
    expect(parsed).toMatch(reason);
  });
});

describe('toStorageError', () => {
  const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  it.each([
    ['the browser’s QuotaExceededError', quota, 'storage-full'],
    [
      'Dexie’s AbortError wrapping it',
      Object.assign(new Error('abort'), { name: 'AbortError', inner: quota }),
      'storage-full',
    ],
    ['an error caused by it', new Error('wrapped', { cause: quota }), 'storage-full'],
    [
      'any other failure',
      Object.assign(new Error('gone'), { name: 'UnknownError' }),
      'storage-failed',
    ],
    ['a thrown string', 'boom', 'storage-failed'],
  ])('maps %s', (_why, error, code) => {
    const mapped = toStorageError(error, 'Saving the clipping');
    expect(mapped.code).toBe(code);
    expect(mapped.message).toMatch(/^Saving the clipping/);
  });
});

describe('isResult', () => {
  it.each([
    [{ ok: true, value: 1 }, true],
    [{ ok: false, error: { code: 'forbidden', message: '' } }, true],
    [{ ok: false }, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => {
    expect(isResult(value)).toBe(expected);
  });
});
