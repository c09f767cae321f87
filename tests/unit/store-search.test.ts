import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../scraper/store/open-store.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { ANSI_BOLD_MARK, highlightSnippet, highlightText } from '../../shared/search/highlight.ts';
import { parseSearchTerms } from '../../shared/search/search-terms.ts';
import { fakeClock, fakeNotice, tempDir } from '../support/fake-notice.ts';

let store: Store;

beforeAll(() => {
  store = openStore(join(tempDir(), 'kjwatch.db'), { now: fakeClock() });
  store.saveNotice(fakeNotice()); // simplified: 巡视整改
  store.saveNotice(
    fakeNotice({
      id: 'cas',
      url: 'https://www.cas.cn/tz/1.html',
      siteId: 'cas-cg',
      title: '院黨組巡視整改進展情況通報',
      publishedAt: '2019-03-01',
      publisher: '中國科學院',
      documentNumber: undefined,
      bodyText:
        '按照中央統一部署，院黨組對巡視反饋問題逐條整改。\n附：ＡＩ（人工智能）專項的整改清單。',
      matches: [],
    }),
  );
  store.saveNotice(
    fakeNotice({
      id: 'ai',
      url: 'https://kjt.ah.gov.cn/ai.html',
      siteId: 'anhui-tzgg',
      title: '关于征集人工智能（AI）应用场景的通知',
      publishedAt: '2024-05-10',
      publisher: '安徽省科学技术厅',
      documentNumber: '皖科高秘〔2024〕88号',
      bodyText: '为加快AI技术落地，现征集100%国产化的应用场景，联系邮箱 mail@ah.gov.cn。',
      matches: ['ai'],
    }),
  );
});
afterAll(() => store.close());

const ids = (query: string, options = {}) => store.search(query, options).map((h) => h.id);

describe('search', () => {
  it.each([
    [
      'a simplified 2-character word finds simplified and traditional text',
      '巡视',
      ['n-most-1', 'cas'],
    ],
    ['a traditional query finds simplified text', '巡視整改', ['n-most-1', 'cas']],
    ['a 3+ character query uses the trigram index', '整改进展', ['cas']],
    ['full-width Latin finds half-width', 'ＡＩ', ['ai', 'cas']],
    ['half-width finds full-width, any case', 'ai', ['ai', 'cas']],
    ['a one-character query', '皖', ['ai']],
    ['all words must occur', '巡视 人工智能', ['cas']],
    ['the issuer is searched', '安徽省科学技术厅', ['ai']],
    ['the 文号 is searched', '皖科高秘', ['ai']],
    ['LIKE wildcards are literal', '0%', ['ai']],
    ['an underscore is literal', 'a_b', []],
    ['FTS syntax is literal', '"AND" OR', []],
    ['nothing found', '量子通信', []],
  ])('%s (%s)', (_name, query, expected) => {
    expect(ids(query).sort()).toEqual([...expected].sort());
  });

  it('filters by site, date and limit', () => {
    expect(ids('巡视', { site: 'cas-cg' })).toEqual(['cas']);
    expect(ids('巡视', { since: '2020-01-01' })).toEqual(['n-most-1']);
    expect(ids('整改', { limit: 1 })).toHaveLength(1);
  });

  it('keeps only notices the given rules match now', () => {
    const rules = [{ id: 'ai-only', any: ['人工智能'], fields: ['title' as const] }];
    expect(ids('ai', { rules })).toEqual(['ai']);
  });

  it('highlights the original characters of title and body', () => {
    const [hit] = store.search('巡视', { site: 'cas-cg' });
    expect(hit!.titleHighlighted).toBe('院黨組【巡視】整改進展情況通報');
    expect(hit!.snippet).toBe(
      '按照中央統一部署，院黨組對【巡視】反饋問題逐條整改。 附：ＡＩ（人工智能）專項的整改清單。',
    );
    const [ai] = store.search('ai 清单', { site: 'cas-cg' });
    expect(ai!.snippet).toContain('【ＡＩ】');
    expect(ai!.snippet).toContain('整改【清單】');
  });

  it('marks the issuer or the 文号 when the body has no occurrence', () => {
    const [hit] = store.search('皖科高秘');
    expect(hit!.snippet).toBe('【皖科高秘】〔2024〕88号');
  });
});

describe('highlight', () => {
  const long = `${'前文'.repeat(40)}巡視整改${'后文'.repeat(80)}`;
  it.each([
    [
      'cuts around the first occurrence with ellipses',
      long,
      ['巡视整改'],
      { width: 20, before: 4 },
      '…前文前文【巡視整改】后文后文后文后文后文后文…',
    ],
    ['flattens line breaks', '第一行\n\n巡視', ['巡视'], {}, '第一行 【巡視】'],
    ['merges overlapping terms', '巡视整改', ['巡视', '视整'], {}, '【巡视整】改'],
    ['finds nothing', '无关内容', ['巡视'], {}, ''],
    [
      'does not cut a surrogate pair',
      `𠀀${'字'.repeat(5)}巡视`,
      ['巡视'],
      { before: 5 },
      '…字字字字字【巡视】',
    ],
  ])('%s', (_name, text, terms, options, expected) => {
    expect(highlightSnippet(text, terms, options)).toBe(expected);
  });

  it('uses ANSI bold on a terminal', () => {
    expect(highlightText('ＡＩ应用', parseSearchTerms('ai'), ANSI_BOLD_MARK)).toBe(
      '\u001b[1mＡＩ\u001b[22m应用',
    );
  });
});
