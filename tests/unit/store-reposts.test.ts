import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../scraper/store/open-store.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { comparableBody } from '../../shared/notice/content-hash.ts';
import { jaccard, shingles } from '../../shared/notice/near-duplicate.ts';
import { fakeClock, fakeNotice, tempDir } from '../support/fake-notice.ts';

let store: Store | undefined;
afterEach(() => store?.close());

function freshStore(): Store {
  store = openStore(join(tempDir(), 'kjwatch.db'), { now: fakeClock() });
  return store;
}

// A real-length body (the seeds are 1–3k characters): a ministry notice on rectification.
const BODY = Array.from(
  { length: 12 },
  (_, i) =>
    `${i + 1}. 针对巡视反馈的第${i + 1}项问题，科技部党组成立专项工作组，制定整改方案，明确责任单位和完成时限，逐项对账销号，确保整改到位。`,
).join('\n');

const original = fakeNotice({ id: 'most', bodyText: BODY });
const onSite = (id: string, siteId: string, overrides = {}) =>
  fakeNotice({
    id,
    siteId,
    url: `https://${siteId}.gov.cn/${id}.html`,
    bodyText: BODY,
    ...overrides,
  });

describe('reposts', () => {
  it('links the same normalised 文号 on another site to the first notice', () => {
    const s = freshStore();
    s.saveNotice(original);
    s.saveNotice(
      onSite('sc', 'sichuan-gstz', {
        documentNumber: '国科发资[2021]1号',
        bodyText: '转发科技部通知，请遵照执行。',
      }),
    );
    expect(s.getNotice('sc')!.repostOf).toBe('most');
    expect(s.getNotice('most')!.repostOf).toBeUndefined();
  });

  it('does not link the same 文号 on the same site, nor a 文号 that does not parse', () => {
    const s = freshStore();
    s.saveNotice(fakeNotice({ id: 'a', documentNumber: '无', bodyText: '甲' }));
    s.saveNotice(onSite('b', 'anhui-tzgg', { documentNumber: '无', bodyText: '乙' }));
    s.saveNotice(
      fakeNotice({
        id: 'c',
        url: 'https://www.most.gov.cn/c.html',
        documentNumber: '国科发资〔2021〕9号',
        bodyText: '丙',
      }),
    );
    s.saveNotice(
      fakeNotice({
        id: 'd',
        url: 'https://www.most.gov.cn/d.html',
        documentNumber: '国科发资〔2021〕9号',
        bodyText: '丁',
      }),
    );
    expect(['a', 'b', 'c', 'd'].map((id) => s.getNotice(id)!.repostOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('links a verbatim body in another script and layout (same folded body)', () => {
    const s = freshStore();
    s.saveNotice(original);
    const traditional = BODY.replaceAll('巡视', '巡視').replaceAll('\n', '\n\n　　');
    s.saveNotice(onSite('hk', 'mirror', { documentNumber: undefined, bodyText: traditional }));
    expect(
      s.findRepostOf(onSite('x', 'mirror', { documentNumber: undefined, bodyText: traditional })),
    ).toEqual({ id: 'most', reason: 'same-body' });
    expect(s.getNotice('hk')!.repostOf).toBe('most');
  });

  it('links a near-identical body (≥ 0.9 shingle similarity), not a merely similar one', () => {
    const s = freshStore();
    s.saveNotice(original);
    const near = `转发：${BODY}\n（来源：科技部网站）`;
    const sameTemplate = BODY.replace(/科技部党组/g, '省科技厅党组')
      .replace(/逐项对账销号/g, '建立台账管理')
      .replace(/专项工作组/g, '领导小组');
    expect(
      jaccard(shingles(comparableBody(BODY)), shingles(comparableBody(near))),
    ).toBeGreaterThanOrEqual(0.9);
    expect(
      jaccard(shingles(comparableBody(BODY)), shingles(comparableBody(sameTemplate))),
    ).toBeLessThan(0.9);
    s.saveNotice(onSite('near', 'anhui-tzgg', { documentNumber: undefined, bodyText: near }));
    s.saveNotice(
      onSite('template', 'gansu-xxgk', { documentNumber: undefined, bodyText: sameTemplate }),
    );
    expect(s.getNotice('near')!.repostOf).toBe('most');
    expect(s.getNotice('template')!.repostOf).toBeUndefined();
    const edited = `${BODY}\n（责任编辑：张三）`;
    expect(
      s.findRepostOf(onSite('q', 'x', { documentNumber: undefined, bodyText: edited })),
    ).toMatchObject({ id: 'most', reason: 'similar-body' });
  });

  it('points a copy of a copy at the first notice', () => {
    const s = freshStore();
    s.saveNotice(original);
    s.saveNotice(onSite('province', 'sichuan-gstz', { documentNumber: undefined }));
    // The city copies the province's page: same 文号 as the province's copy only.
    s.saveNotice(onSite('city', 'suining-zwgk', { bodyText: '转发省科技厅通知。' }));
    expect(s.getNotice('province')!.repostOf).toBe('most');
    expect(s.getNotice('city')!.repostOf).toBe('most');
  });

  it('never makes an original a repost of its own later copies when it changes', () => {
    const s = freshStore();
    s.saveNotice(original);
    s.saveNotice(onSite('copy', 'sichuan-gstz'));
    expect(s.saveNotice({ ...original, title: `${original.title}（更新）` })).toBe('updated');
    expect(s.getNotice('most')!.repostOf).toBeUndefined();
    expect(s.getNotice('copy')!.repostOf).toBe('most');
  });

  it('finds a changed notice by its new body, not by its old one', () => {
    const s = freshStore();
    s.saveNotice(original);
    const rewritten = BODY.replace(/巡视反馈/g, '审计发现').replace(/专项工作组/g, '督办小组');
    expect(
      jaccard(shingles(comparableBody(BODY)), shingles(comparableBody(rewritten))),
    ).toBeLessThan(0.9);
    expect(s.saveNotice({ ...original, bodyText: rewritten })).toBe('updated');
    const copyOf = (bodyText: string) =>
      s.findRepostOf(onSite('q', 'x', { documentNumber: undefined, bodyText }));
    expect(copyOf(`${rewritten}\n（来源：科技部网站）`)).toMatchObject({
      id: 'most',
      reason: 'similar-body',
    });
    expect(copyOf(`${BODY}\n（来源：科技部网站）`)).toBeUndefined();
  });

  it('does not call short generic bodies copies of each other', () => {
    const s = freshStore();
    s.saveNotice(fakeNotice({ id: 'a', documentNumber: undefined, bodyText: '详见附件。' }));
    s.saveNotice(onSite('b', 'anhui-tzgg', { documentNumber: undefined, bodyText: '详见附件。' }));
    expect(s.getNotice('b')!.repostOf).toBeUndefined();
  });
});

describe('shingle similarity', () => {
  it.each([
    ['identical', 'abcdefghij', 'abcdefghij', 1],
    ['disjoint', 'abcdefghij', 'klmnopqrst', 0],
    ['both empty', '', '', 1],
    ['shorter than a shingle', 'abc', 'abc', 1],
  ])('%s', (_name, a, b, expected) => {
    expect(jaccard(shingles(a), shingles(b))).toBe(expected);
  });
});
