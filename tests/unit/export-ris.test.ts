import { describe, expect, it } from 'vitest';
import { exportNotices } from '../../shared/export/formats.ts';
import { noticeToRis, risCorporateAuthor } from '../../shared/export/ris.ts';
import { fakeNotice } from '../support/fake-notice.ts';

/** RIS records as [tag, value] lists, checking the `TAG  - value` shape of every line. */
function readRis(text: string): [string, string][][] {
  const records: [string, string][][] = [];
  let current: [string, string][] = [];
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!m) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
    current.push([m[1]!, m[2]!]);
    if (m[1] === 'ER') {
      records.push(current);
      current = [];
    }
  }
  if (current.length) throw new Error('record without ER');
  return records;
}

const values = (record: [string, string][], tag: string) =>
  record.filter(([t]) => t === tag).map(([, v]) => v);

describe('RIS export', () => {
  it('maps a notice the way Zotero imports a government report', () => {
    const [record] = readRis(noticeToRis(fakeNotice()));
    expect(record![0]).toEqual(['TY', 'GOVDOC']);
    expect(record![record!.length - 1]).toEqual(['ER', '']);
    expect(values(record!, 'TI')).toEqual(['科技部关于开展巡视整改工作的通知']);
    expect(values(record!, 'AU')).toEqual(['科学技术部,']);
    expect(values(record!, 'PB')).toEqual(['科学技术部']);
    expect(values(record!, 'DA')).toEqual(['2021/12/06/']);
    expect(values(record!, 'PY')).toEqual(['2021']);
    expect(values(record!, 'SN')).toEqual(['国科发资〔2021〕1号']);
    expect(values(record!, 'UR')).toEqual([fakeNotice().url]);
    expect(values(record!, 'Y2')).toEqual(['2024/01/05/']);
    expect(values(record!, 'LA')).toEqual(['zh-CN']);
    expect(values(record!, 'KW')).toEqual(['inspection']);
    expect(values(record!, 'N1')).toEqual(['索引号: 306-12-2021-001; 栏目: 通知通告']);
    expect(values(record!, 'AB')[0]).toMatch(/^各省、自治区.*逐项销号管理。$/);
  });

  it('leaves out what the notice does not have, and keeps partial dates', () => {
    const bare = fakeNotice({
      publisher: undefined,
      documentNumber: undefined,
      publishedAt: '2021-12',
      fetchedAt: undefined,
      matches: [],
      indexNumber: undefined,
      column: undefined,
      bodyText: '',
    });
    const [record] = readRis(noticeToRis(bare));
    expect(record!.map(([t]) => t)).toEqual(['TY', 'TI', 'DA', 'PY', 'UR', 'LA', 'ER']);
    expect(values(record!, 'DA')).toEqual(['2021/12//']);
  });

  it('keeps every value on one line, and names rules when names are known', () => {
    const n = fakeNotice({ title: '第一行\r\n第二行' });
    const [record] = readRis(
      noticeToRis(n, { ruleNames: new Map([['inspection', '巡视巡察整改']]), abstractLength: 0 }),
    );
    expect(values(record!, 'TI')).toEqual(['第一行 第二行']);
    expect(values(record!, 'KW')).toEqual(['巡视巡察整改 (inspection)']);
    expect(values(record!, 'AB')).toEqual([]);
  });

  it.each([
    ['科学技术部', '科学技术部,'],
    ['科技部, 财政部', '科技部， 财政部,'],
    [' 四川省科学技术厅 ', '四川省科学技术厅,'],
  ])('corporate author %s → %s (one field in Zotero)', (name, expected) => {
    expect(risCorporateAuthor(name)).toBe(expected);
  });

  it('separates records with a blank line', () => {
    const text = exportNotices('ris', [fakeNotice(), fakeNotice({ id: 'b' })]);
    expect(readRis(text)).toHaveLength(2);
    expect(text).toContain('ER  - \r\n\r\nTY  - GOVDOC');
  });
});
