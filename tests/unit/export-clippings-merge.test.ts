// Importing a backup merges without duplicates: one clipping per id; the newer updatedAt wins
// (compared as instants, whatever the time-zone offset); on a tie the stored one stays, so the
// same backup imported twice changes nothing; repeats within one file keep the newest.
import { describe, expect, it } from 'vitest';
import { newestById, planClippingMerge } from '../../shared/export/merge-clippings.ts';
import { fakeClipping } from '../support/fake-clipping.ts';

const at = (id: string, updatedAt: string, note = '') => fakeClipping({ id, updatedAt, note });

describe('planClippingMerge', () => {
  const stored = new Map([
    ['same', at('same', '2024-01-05T08:00:00.000Z')],
    ['old', at('old', '2024-01-05T08:00:00.000Z')],
    ['new', at('new', '2024-03-01T00:00:00.000Z', 'kept')],
  ]);
  const lookup = (id: string) => stored.get(id);

  it('adds new ids, updates older ones, keeps newer and equal ones', () => {
    const plan = planClippingMerge(lookup, [
      at('same', '2024-01-05T08:00:00.000Z'),
      at('old', '2024-01-06T00:00:00.000Z', 'newer'),
      at('new', '2024-02-01T00:00:00.000Z', 'older'),
      at('fresh', '2024-01-01T00:00:00.000Z'),
    ]);
    expect(plan.put.map((c) => [c.id, c.note])).toEqual([
      ['old', 'newer'],
      ['fresh', ''],
    ]);
    expect([plan.added, plan.updated, plan.unchanged]).toEqual([1, 1, 2]);
  });

  it('compares instants, not strings', () => {
    // 2024-01-05T17:00+08:00 is 09:00Z: an hour after the stored 08:00Z.
    const plan = planClippingMerge(lookup, [at('old', '2024-01-05T17:00:00+08:00', 'later')]);
    expect(plan.updated).toBe(1);
    const earlier = planClippingMerge(lookup, [at('old', '2024-01-05T15:00:00+08:00')]);
    expect(earlier.unchanged).toBe(1);
  });

  it('imports the same backup twice without a change the second time', () => {
    const backup = [at('a', '2024-01-01T00:00:00.000Z'), at('b', '2024-01-02T00:00:00.000Z')];
    const db = new Map<string, ReturnType<typeof at>>();
    const first = planClippingMerge((id) => db.get(id), backup);
    for (const c of first.put) db.set(c.id, c);
    const second = planClippingMerge((id) => db.get(id), backup);
    expect([first.added, second.added, second.updated, second.unchanged]).toEqual([2, 0, 0, 2]);
    expect(second.put).toEqual([]);
  });
});

describe('newestById', () => {
  it('keeps one clipping per id: the newest, the first on a tie', () => {
    const items = newestById([
      at('x', '2024-01-01T00:00:00.000Z', 'first'),
      at('x', '2024-02-01T00:00:00.000Z', 'newest'),
      at('y', '2024-01-01T00:00:00.000Z', 'one'),
      at('y', '2024-01-01T00:00:00.000Z', 'two'),
    ]);
    expect(items.map((c) => c.note)).toEqual(['newest', 'one']);
  });
});
