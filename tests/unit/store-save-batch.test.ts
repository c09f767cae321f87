import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../scraper/store/open-store.ts';
import { StoreError } from '../../scraper/store/store-error.ts';
import type { NoticeToSave } from '../../scraper/store/store-types.ts';
import type { Notice } from '../../shared/model.ts';
import { fakeNotice, tempDir } from '../support/fake-notice.ts';

const numbered = (i: number, over: Partial<Notice> = {}): NoticeToSave => ({
  notice: fakeNotice({
    id: `n-${i}`,
    url: `https://www.most.gov.cn/tztg/202401/t20240101_${i}.html`,
    title: `第${i}号巡视整改通知`,
    documentNumber: `国科发资〔2024〕${i}号`,
    bodyText: `第${i}号通知：${'根据巡视反馈意见，现就整改落实工作通知如下。'.repeat(i + 1)}`,
    ...over,
  }),
  raw: {
    url: `https://www.most.gov.cn/tztg/202401/t20240101_${i}.html`,
    fetchedAt: '2024-01-05T08:00:00.000Z',
    body: `<html><body>第${i}号</body></html>`,
  },
});

describe('store.saveNotices: several notices in one transaction', () => {
  it('saves each as saveNotice would: new, then unchanged or updated, with versions and search', () => {
    const store = openStore(join(tempDir(), 'kjwatch.db'));
    try {
      const first = store.saveNotices([numbered(1), numbered(2), numbered(3)]);
      expect(first).toEqual([1, 2, 3].map(() => ({ ok: true, value: 'new' })));
      const changed = numbered(2, { bodyText: '第2号通知：整改期限延长至六月底。' });
      const again = store.saveNotices([numbered(1), changed, numbered(3)]);
      expect(again.map((o) => o.ok && o.value)).toEqual(['unchanged', 'updated', 'unchanged']);
      expect(store.getNotice('n-2')?.version).toBe(2);
      expect(store.getNoticeVersions('n-2').map((v) => v.version)).toEqual([1, 2]);
      expect(store.search('整改期限延长').map((h) => h.id)).toEqual(['n-2']);
      const [raw] = store.getNoticeVersions('n-3').map((v) => store.getRawPage(v.rawPage!));
      expect(new TextDecoder().decode(raw?.body)).toBe('<html><body>第3号</body></html>');
    } finally {
      store.close();
    }
  });

  it('rolls back only the notice that fails; the others of the batch are committed', () => {
    const store = openStore(join(tempDir(), 'kjwatch.db'));
    try {
      // A value JSON cannot hold: this notice's save throws half-way through its writes.
      const broken = numbered(2, { matches: [1n as unknown as string] });
      const outcomes = store.saveNotices([numbered(1), broken, numbered(3)]);
      expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
      expect(store.hasNotice('n-1')).toBe(true);
      expect(store.hasNotice('n-2')).toBe(false);
      expect(store.hasNotice('n-3')).toBe(true);
      expect(store.search('第2号').map((h) => h.id)).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('on a full disk, answers for each notice exactly what the file holds', () => {
    const path = join(tempDir(), 'kjwatch.db');
    const seed = openStore(path);
    seed.saveNotice(fakeNotice());
    seed.close();
    const store = openStore(path, { maxPageCount: Math.ceil(statSync(path).size / 4096) + 2 });
    try {
      const huge = numbered(2, { bodyText: '新增整改内容。'.repeat(5_000) });
      const outcomes = store.saveNotices([numbered(1), huge, numbered(3), numbered(4)]);
      expect(outcomes[1]!.ok).toBe(false);
      outcomes.forEach((outcome, i) => {
        const id = `n-${i + 1}`;
        // Whatever SQLite rolled back (the statement or the whole batch), no answer lies.
        expect(store.hasNotice(id)).toBe(outcome.ok);
        if (outcome.ok) return;
        expect(outcome.error).toBeInstanceOf(StoreError);
        expect((outcome.error as StoreError).kind).toBe('full');
        expect((outcome.error as StoreError).message).not.toContain('\n');
      });
      expect(store.getNotice('n-most-1')?.bodyText).toBe(fakeNotice().bodyText);
    } finally {
      store.close();
    }
    const reopened = openStore(path);
    expect(reopened.getNotice('n-most-1')?.title).toBe(fakeNotice().title);
    reopened.close();
  });
});
