// The clippings backup (kjwatch-clippings, version 1): written and read back to the same
// clippings; bad files explained — not JSON, another format, a newer version, invalid items by
// index and field — without a partial result.
import { describe, expect, it } from 'vitest';
import {
  CLIPPINGS_FORMAT_NAME,
  clippingsToBackupJson,
  parseClippingsBackup,
} from '../../shared/export/clipping-backup.ts';
import type { Clipping } from '../../shared/model.ts';
import { fakeClipping } from '../support/fake-clipping.ts';

const NOW = new Date('2024-02-01T08:00:00.000Z');

describe('clippingsToBackupJson', () => {
  it('writes the header and every clipping, and reads back the same', () => {
    const clippings = [
      fakeClipping({ id: 'a', note: '批注\n两行', tags: ['巡视'] }),
      fakeClipping({ id: 'b', notice: undefined, color: '#abc' }),
    ];
    const text = clippingsToBackupJson(clippings, NOW);
    const raw = JSON.parse(text);
    expect(Object.keys(raw)).toEqual(['formatName', 'formatVersion', 'exportedAt', 'clippings']);
    expect(raw.formatName).toBe(CLIPPINGS_FORMAT_NAME);
    expect(raw.formatVersion).toBe(1);
    expect(raw.exportedAt).toBe('2024-02-01T08:00:00.000Z');
    const parsed = parseClippingsBackup(text);
    expect(parsed).toEqual({ ok: true, backup: raw });
    expect(parsed.ok && parsed.backup.clippings).toEqual(clippings);
  });

  it('leaves out what a store adds to a clipping', () => {
    const stored = { ...fakeClipping(), host: 'most.gov.cn', deletedAt: 'x' } as Clipping;
    expect(clippingsToBackupJson([stored], NOW)).not.toMatch(/host|deletedAt/);
  });

  it('writes an empty backup that reads back empty', () => {
    const parsed = parseClippingsBackup(clippingsToBackupJson([], NOW));
    expect(parsed.ok && parsed.backup.clippings).toEqual([]);
  });

  it('reads a file with a BOM', () => {
    expect(parseClippingsBackup(`\uFEFF${clippingsToBackupJson([], NOW)}`).ok).toBe(true);
  });
});

describe('parseClippingsBackup refuses bad files, saying why', () => {
  const file = (fields: Record<string, unknown>) =>
    JSON.stringify({
      formatName: 'kjwatch-clippings',
      formatVersion: 1,
      exportedAt: '',
      clippings: [],
      ...fields,
    });

  it.each([
    ['not JSON', 'this is not json', 'not-json', undefined],
    ['a rules file', file({ formatName: 'kjwatch-rules' }), 'format-name', '"kjwatch-rules"'],
    ['no formatName', JSON.stringify({ clippings: [] }), 'format-name', '(missing)'],
    ['a newer version', file({ formatVersion: 2 }), 'format-version', '2'],
    ['a bad version', file({ formatVersion: 'one' }), 'shape', undefined],
    ['no list', file({ clippings: {} }), 'shape', undefined],
    ['an array', '[]', 'shape', undefined],
  ])('%s', (_why, text, kind, value) => {
    const parsed = parseClippingsBackup(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.kind).toBe(kind);
    expect(parsed.problems[0]!.value).toBe(value);
  });

  it('lists every invalid item by index and field', () => {
    const good = fakeClipping({ id: 'ok' });
    const parsed = parseClippingsBackup(
      file({
        clippings: [
          good,
          { ...good, id: '', quote: '  ' },
          'not a clipping',
          {
            ...good,
            selectors: [good.selectors[0], { type: 'TextPositionSelector', start: 5, end: 2 }],
          },
          { ...good, tags: [1], createdAt: 'yesterday', url: 'javascript:alert(1)', color: 'red' },
        ],
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.kind, p.path])).toEqual([
      ['item', 'clippings[1].id'],
      ['item', 'clippings[1].quote'],
      ['item', 'clippings[2]'],
      ['item', 'clippings[3].selectors[1]'],
      ['item', 'clippings[4].url'],
      ['item', 'clippings[4].tags'],
      ['item', 'clippings[4].color'],
      ['item', 'clippings[4].createdAt'],
    ]);
  });

  it('drops fields the model does not have', () => {
    const parsed = parseClippingsBackup(
      file({ clippings: [{ ...fakeClipping(), extra: '<script>' }] }),
    );
    expect(parsed.ok && parsed.backup.clippings[0]).toEqual(fakeClipping());
  });
});
