// Clippings as BibTeX and CSL-JSON (Zotero, pandoc): the notice's fields as for a notice, plus
// the quote as the abstract, the note (BibTeX annote → a Zotero child note; CSL note) and the
// tags as keywords.
import { describe, expect, it } from 'vitest';
import { clippingsToBibtex, clippingToBibtex } from '../../shared/export/clipping-bibtex.ts';
import { clippingsToCslJson, clippingToCsl } from '../../shared/export/clipping-csl-json.ts';
import { fakeClipping } from '../support/fake-clipping.ts';

describe('clippingToBibtex', () => {
  it('writes a techreport with the quote, note and tags', () => {
    const c = fakeClipping({ id: 'a1b2', note: '50% 的{经费}', tags: ['巡视', 'a,b'] });
    expect(clippingToBibtex(c)).toBe(
      [
        '@techreport{kjwatch-2021-a1b2,',
        '  title = {科技部关于开展巡视整改工作的通知},',
        '  author = {{科学技术部}},',
        '  institution = {科学技术部},',
        '  number = {国科发资〔2021〕1号},',
        '  date = {2021-12-06},',
        '  year = {2021},',
        '  month = dec,',
        `  url = {${c.url}},`,
        '  urldate = {2024-01-05},',
        '  language = {zh-CN},',
        '  keywords = {巡视, a，b},',
        `  abstract = {${c.quote}},`,
        '  annote = {50\\% 的\\{\\vphantom{\\}}经费\\vphantom{\\{}\\}}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('is a misc entry without a publisher, and leaves out an empty note', () => {
    const text = clippingToBibtex(fakeClipping({ notice: undefined }));
    expect(text).toMatch(/^@misc\{kjwatch-nd-c1,/);
    expect(text).not.toContain('annote');
    expect(text).not.toContain('keywords');
  });

  it('separates entries with a blank line', () => {
    expect(clippingsToBibtex([fakeClipping({ id: 'a' }), fakeClipping({ id: 'b' })])).toContain(
      '}\n\n@techreport{kjwatch-2021-b,',
    );
  });
});

describe('clippingToCsl', () => {
  it('maps every field', () => {
    const c = fakeClipping({ note: '要点', tags: ['巡视', '整改'] });
    expect(clippingToCsl(c)).toEqual({
      id: 'c1',
      type: 'report',
      title: '科技部关于开展巡视整改工作的通知',
      URL: c.url,
      language: 'zh-CN',
      author: [{ literal: '科学技术部' }],
      publisher: '科学技术部',
      number: '国科发资〔2021〕1号',
      issued: { 'date-parts': [[2021, 12, 6]] },
      accessed: { 'date-parts': [[2024, 1, 5]] },
      keyword: '巡视, 整改',
      abstract: c.quote,
      note: '要点',
    });
  });

  it('writes a JSON array that parses back', () => {
    const items = JSON.parse(
      clippingsToCslJson([fakeClipping({ id: 'a' }), fakeClipping({ id: 'b' })]),
    );
    expect(items.map((i: { id: string }) => i.id)).toEqual(['a', 'b']);
    expect(JSON.parse(clippingsToCslJson([]))).toEqual([]);
  });
});
