// Builders for store and export tests: a plausible notice, overridden field by field.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Notice } from '../../shared/model.ts';

export function fakeNotice(overrides: Partial<Notice> = {}): Notice {
  return {
    id: 'n-most-1',
    url: 'https://www.most.gov.cn/tztg/202112/t20211206_178000.html',
    siteId: 'most-tztg',
    title: '科技部关于开展巡视整改工作的通知',
    publishedAt: '2021-12-06',
    publisher: '科学技术部',
    documentNumber: '国科发资〔2021〕1号',
    indexNumber: '306-12-2021-001',
    column: '通知通告',
    bodyText:
      '各省、自治区、直辖市科技厅（委、局）：\n根据中央巡视工作统一部署，现就巡视反馈意见整改落实情况通知如下。\n一、提高政治站位，压实整改责任。\n二、建立问题清单，逐项销号管理。',
    attachments: [{ name: '整改台账.xlsx', url: 'https://www.most.gov.cn/tztg/202112/P0.xlsx' }],
    related: [],
    fetchedAt: '2024-01-05T08:00:00.000Z',
    matches: ['inspection'],
    ...overrides,
  };
}

/** A fresh temporary directory per call; the OS cleans tmp. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kjwatch-store-'));
}

/** A clock that moves one second per call, so first/updated/last-seen times are ordered. */
export function fakeClock(start = Date.UTC(2024, 0, 5, 8)): () => string {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t).toISOString();
  };
}
