// A plausible clipping for unit tests, overridden field by field; the selectors follow the
// quote unless given.
import type { Clipping } from '../../shared/model.ts';

export function fakeClipping(overrides: Partial<Clipping> = {}): Clipping {
  const quote =
    overrides.quote ?? '根据中央巡视工作统一部署，现就巡视反馈意见整改落实情况通知如下。';
  return {
    id: 'c1',
    url: 'https://www.most.gov.cn/tztg/202112/t20211206_178000.html',
    pageTitle: '科技部关于开展巡视整改工作的通知',
    notice: {
      title: '科技部关于开展巡视整改工作的通知',
      publisher: '科学技术部',
      publishedAt: '2021-12-06',
      documentNumber: '国科发资〔2021〕1号',
    },
    quote,
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: '各省科技厅：\n',
        suffix: '一、提高政治站位',
      },
      { type: 'TextPositionSelector', start: 120, end: 120 + quote.length },
    ],
    note: '',
    tags: [],
    color: '#ffd54f',
    createdAt: '2024-01-05T08:00:00.000Z',
    updatedAt: '2024-01-05T08:00:00.000Z',
    ...overrides,
  };
}
