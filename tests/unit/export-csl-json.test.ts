import { describe, expect, it } from 'vitest';
import { type CslItem, noticeToCsl } from '../../shared/export/csl-json.ts';
import { exportNotices } from '../../shared/export/formats.ts';
import { fakeNotice } from '../support/fake-notice.ts';

describe('CSL-JSON export', () => {
  it('maps a notice to a report with a literal institutional author', () => {
    expect(noticeToCsl(fakeNotice(), { abstractLength: 0 })).toEqual({
      id: 'n-most-1',
      type: 'report',
      title: '科技部关于开展巡视整改工作的通知',
      author: [{ literal: '科学技术部' }],
      publisher: '科学技术部',
      number: '国科发资〔2021〕1号',
      issued: { 'date-parts': [[2021, 12, 6]] },
      accessed: { 'date-parts': [[2024, 1, 5]] },
      URL: fakeNotice().url,
      language: 'zh-CN',
      keyword: 'inspection',
      note: '索引号: 306-12-2021-001\n栏目: 通知通告',
    } satisfies CslItem);
  });

  it.each([
    ['科学技术部令第24号', 'legislation'],
    ['国务院令第七百零八号', 'legislation'],
    ['国科发资〔2021〕1号', 'report'],
    ['科技部公告2021年第1号', 'report'],
  ])('%s is a %s', (documentNumber, type) => {
    expect(noticeToCsl(fakeNotice({ documentNumber })).type).toBe(type);
  });

  it('keeps a date with a time as its own calendar date', () => {
    const item = noticeToCsl(fakeNotice({ publishedAt: '2021-12-06T23:30+08:00' }));
    expect(item.issued).toEqual({ 'date-parts': [[2021, 12, 6]] });
  });

  it.each([
    [0, []],
    [1, ['n-most-1']],
    [2, ['n-most-1', 'b']],
  ])('writes %i notices as one valid JSON array', (count, ids) => {
    const notices = [fakeNotice(), fakeNotice({ id: 'b' })].slice(0, count);
    const items = JSON.parse(exportNotices('csl-json', notices)) as CslItem[];
    expect(items.map((i) => i.id)).toEqual(ids);
  });
});
