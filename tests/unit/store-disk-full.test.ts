import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../scraper/store/open-store.ts';
import { StoreError } from '../../scraper/store/store-error.ts';
import { fakeNotice, tempDir } from '../support/fake-notice.ts';

// A full disk, simulated with SQLite's max_page_count: the next write that needs a page fails
// with SQLITE_FULL exactly as on a full volume.
describe('a write that fails for lack of space', () => {
  it('raises a clear StoreError and leaves earlier data intact', () => {
    const path = join(tempDir(), 'kjwatch.db');
    const seed = openStore(path);
    seed.saveNotice(fakeNotice());
    seed.close();
    const pages = Math.ceil(statSync(path).size / 4096);
    const store = openStore(path, { maxPageCount: pages + 1 });
    try {
      const huge = '新增整改内容。'.repeat(5_000);
      const failures = [
        () => store.saveNotice(fakeNotice({ id: 'big', url: 'https://x.cn/big', bodyText: huge })),
        () => store.saveNotice(fakeNotice({ bodyText: huge })),
        () =>
          store.saveRawPage({
            url: 'https://x.cn/p',
            fetchedAt: '2024-01-01',
            body: new Uint8Array(randomBytes(100_000)),
          }),
      ];
      for (const fail of failures) {
        let caught: unknown;
        try {
          fail();
        } catch (err) {
          caught = err;
        }
        expect(caught).toBeInstanceOf(StoreError);
        expect((caught as StoreError).kind).toBe('full');
        expect((caught as StoreError).message).toMatch(
          /is full .*nothing was written, earlier data is intact$/,
        );
        expect((caught as StoreError).message).not.toContain('\n');
      }
      expect(store.hasNotice('big')).toBe(false);
      const kept = store.getNotice('n-most-1')!;
      expect(kept.version).toBe(1);
      expect(kept.bodyText).toBe(fakeNotice().bodyText);
      expect(store.getNoticeVersions('n-most-1')).toHaveLength(1);
      expect(store.search('整改责任').map((h) => h.id)).toEqual(['n-most-1']);
      expect(store.search('新增整改')).toEqual([]);
    } finally {
      store.close();
    }
    // The file is still a sound store after the failures.
    const reopened = openStore(path);
    expect(reopened.getNotice('n-most-1')?.title).toBe(fakeNotice().title);
    reopened.close();
  });
});
