// Clippings as RIS for Zotero: the notice as a government report (TY GOVDOC), the issuing body
// as a corporate author, the date, the page, the access date (when the clipping was made), the
// quote as the abstract, the note as a note, tags as keywords; one record per clipping.
import { describe, expect, it } from 'vitest';
import { clippingsToRis, clippingToRis } from '../../shared/export/clipping-ris.ts';
import { fakeClipping } from '../support/fake-clipping.ts';

/** RIS records as lists of [tag, value], checking the line format on the way. */
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

describe('clippingToRis', () => {
  it('writes the notice, the quote, the note and the tags, tag by tag', () => {
    const c = fakeClipping({ note: '要点：\n按期整改', tags: ['巡视', '整改'] });
    const [record] = readRis(clippingToRis(c));
    expect(record).toEqual([
      ['TY', 'GOVDOC'],
      ['TI', '科技部关于开展巡视整改工作的通知'],
      ['AU', '科学技术部,'],
      ['PB', '科学技术部'],
      ['DA', '2021/12/06/'],
      ['PY', '2021'],
      ['SN', '国科发资〔2021〕1号'],
      ['UR', c.url],
      ['Y2', '2024/01/05/'],
      ['LA', 'zh-CN'],
      ['KW', '巡视'],
      ['KW', '整改'],
      ['AB', c.quote],
      ['N1', '要点： 按期整改'],
      ['ER', ''],
    ]);
  });

  it('uses the page title and leaves out what the page did not give', () => {
    const c = fakeClipping({ notice: undefined, pageTitle: '网页标题', quote: '第一行\n第二行' });
    const tags = readRis(clippingToRis(c))[0]!.map(([tag]) => tag);
    expect(tags).toEqual(['TY', 'TI', 'UR', 'Y2', 'LA', 'AB', 'ER']);
    expect(readRis(clippingToRis(c))[0]).toContainEqual(['TI', '网页标题']);
    expect(readRis(clippingToRis(c))[0]).toContainEqual(['AB', '第一行 第二行']);
  });

  it('writes one record per clipping, a blank line apart', () => {
    const text = clippingsToRis([fakeClipping({ id: 'a' }), fakeClipping({ id: 'b' })]);
    expect(readRis(text)).toHaveLength(2);
    expect(text).toContain('ER  - \r\n\r\nTY  - GOVDOC');
  });
});
