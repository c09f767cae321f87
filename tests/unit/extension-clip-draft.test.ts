// The clipping draft the content script sends: the quote and selectors come from the page
// text at the selection's offsets (edges trimmed), the notice fields only when the page gave
// them, tags as typed — and whatever it builds, the background's shape check accepts as is.
import { describe, expect, it } from 'vitest';
import {
  buildClippingDraft,
  formTags,
  noticeMeta,
  trimSpan,
} from '../../extension/lib/content/clip-draft.ts';
import { parseRequest } from '../../extension/lib/protocol/parse-request.ts';
import { describeRange } from '../../shared/anchor/describe.ts';
import type { Notice } from '../../shared/model.ts';

const TEXT =
  '科技部办公厅关于开展巡视整改工作的通知\n  一、各单位要按照中央巡视组的反馈意见，逐项整改。\n';

function fakeNotice(fields: Partial<Notice> = {}): Notice {
  return {
    id: 'n1',
    url: 'https://www.most.gov.cn/tztg/202401/t20240105_1.html',
    title: '科技部办公厅关于开展巡视整改工作的通知',
    bodyText: '',
    attachments: [],
    related: [],
    matches: [],
    ...fields,
  };
}

describe('trimSpan', () => {
  it.each([
    { why: 'text without spaces', start: 0, end: 5, expected: { start: 0, end: 5 } },
    { why: 'a line break and indentation', start: 19, end: 26, expected: { start: 22, end: 26 } },
    { why: 'a trailing line break', start: 22, end: TEXT.length, expected: { start: 22, end: 46 } },
    { why: 'nothing but whitespace', start: 19, end: 22, expected: null },
  ])('trims $why', ({ start, end, expected }) => {
    expect(trimSpan(TEXT, start, end)).toEqual(expected);
  });
});

describe('formTags', () => {
  it('splits as the side panel does and keeps within the background’s bounds', () => {
    expect(formTags(' 巡视，整改、党建; 巡视 ,,')).toEqual(['巡视', '整改', '党建']);
    const many = Array.from({ length: 60 }, (_, i) => `t${i}`).join(',');
    expect(formTags(many)).toHaveLength(50);
    expect(formTags('长'.repeat(150))[0]).toHaveLength(100);
  });
});

describe('noticeMeta', () => {
  it('keeps title, and publisher, date and 文号 only when the page gave them', () => {
    expect(noticeMeta(fakeNotice())).toEqual({ title: '科技部办公厅关于开展巡视整改工作的通知' });
    const full = fakeNotice({
      publisher: '科技部',
      publishedAt: '2024-01-05',
      documentNumber: '国科办函〔2024〕1号',
      indexNumber: '000014349/2024-00001',
    });
    expect(noticeMeta(full)).toEqual({
      title: '科技部办公厅关于开展巡视整改工作的通知',
      publisher: '科技部',
      publishedAt: '2024-01-05',
      documentNumber: '国科办函〔2024〕1号',
    });
    expect(noticeMeta(fakeNotice({ publisher: '  ' }))).not.toHaveProperty('publisher');
  });
});

describe('buildClippingDraft', () => {
  const form = { note: '要点', tags: '巡视, 整改', color: '#a5d6a7' };

  it('describes the span of the page text and passes the background’s check unchanged', () => {
    const span = { start: 30, end: 36 };
    const draft = buildClippingDraft(
      { text: TEXT, span, pageTitle: ' 通知 ', notice: fakeNotice({ publisher: '科技部' }) },
      form,
    );
    expect(draft).toEqual({
      pageTitle: '通知',
      quote: '中央巡视组的',
      selectors: describeRange(TEXT, 30, 36),
      note: '要点',
      tags: ['巡视', '整改'],
      color: '#a5d6a7',
      notice: { title: '科技部办公厅关于开展巡视整改工作的通知', publisher: '科技部' },
    });
    expect(draft.selectors[0]).toMatchObject({
      prefix: expect.stringContaining('一、各单位要按照'),
    });
    expect(parseRequest({ type: 'clippings:save', clipping: draft })).toEqual({
      type: 'clippings:save',
      clipping: draft,
    });
  });

  it('takes the notice title when the page has no <title>, and leaves out an unknown notice', () => {
    const draft = buildClippingDraft(
      { text: TEXT, span: { start: 0, end: 5 }, pageTitle: '', notice: fakeNotice() },
      form,
    );
    expect(draft.pageTitle).toBe('科技部办公厅关于开展巡视整改工作的通知');
    const bare = buildClippingDraft(
      { text: TEXT, span: { start: 0, end: 5 }, pageTitle: 'T' },
      form,
    );
    expect(bare).not.toHaveProperty('notice');
    expect(parseRequest({ type: 'clippings:save', clipping: bare })).toMatchObject({
      type: 'clippings:save',
    });
  });
});
