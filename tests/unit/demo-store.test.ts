// `kjwatch demo` starts from a fresh store, but never at the cost of someone's real one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NotADemoStoreError,
  notADemoStore,
  prepareFreshStore,
} from '../../scraper/demo/demo-store.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import { fakeNotice, tempDir } from '../support/fake-notice.ts';

function storeWith(path: string, url: string) {
  const store = openStore(path);
  store.saveNotice(fakeNotice({ id: 'x', url }));
  store.close();
}

describe('the demo store', () => {
  it('replaces an earlier demo database and what the crawler kept beside it', () => {
    const out = tempDir();
    const db = join(out, 'kjwatch-demo.db');
    storeWith(db, 'http://127.0.0.1:40001/tztg/202404/t20240412_190201.html');
    for (const dir of [`${db}.crawl`, join(out, 'warc'), join(out, 'exports')]) mkdirSync(dir);
    expect(notADemoStore(db)).toBeUndefined();
    prepareFreshStore(db, out);
    for (const path of [db, `${db}.crawl`, join(out, 'warc'), join(out, 'exports')])
      expect(existsSync(path), path).toBe(false);
  });

  it.each([
    [
      'a store with notices of real sites',
      (p: string) => storeWith(p, 'https://www.most.gov.cn/tztg/1.html'),
      /real sites/,
    ],
    [
      'a file that is not a database',
      (p: string) => writeFileSync(p, 'notes\n'),
      /not a kjwatch database|cannot be/,
    ],
  ])('refuses %s and leaves it as it was', (_name, make, why) => {
    const db = join(tempDir(), 'kjwatch.db');
    make(db);
    const before = readFileSync(db);
    expect(notADemoStore(db)).toMatch(why);
    expect(() => prepareFreshStore(db, join(db, '..'))).toThrow(NotADemoStoreError);
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});
