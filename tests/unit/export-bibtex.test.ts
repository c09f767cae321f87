import { describe, expect, it } from 'vitest';
import { bibtexEscape, bibtexKey, noticeToBibtex } from '../../shared/export/bibtex.ts';
import { exportNotices } from '../../shared/export/formats.ts';
import { fakeNotice } from '../support/fake-notice.ts';

/** One entry's type, key and fields (values with their outer braces removed). */
function readEntry(text: string) {
  const head = /^@(\w+)\{([^,]+),\n/.exec(text);
  if (!head) throw new Error('no entry head');
  const fields = new Map<string, string>();
  for (const line of text.slice(head[0].length).split('\n')) {
    const m = /^ {2}(\w+) = (.*?),?$/.exec(line);
    if (!m) continue;
    const raw = m[2]!;
    fields.set(m[1]!, raw.startsWith('{') ? raw.slice(1, -1) : raw);
  }
  // Braces must balance for BibTeX to read the entry at all.
  let depth = 0;
  for (const c of text) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) throw new Error('unbalanced braces');
  }
  expect(depth).toBe(0);
  return { type: head[1], key: head[2], fields };
}

describe('BibTeX export', () => {
  it('writes a @techreport as Zotero reads a report, Chinese intact', () => {
    const { type, key, fields } = readEntry(noticeToBibtex(fakeNotice()));
    expect(type).toBe('techreport');
    expect(key).toBe('most-tztg-2021-nmost1');
    expect(fields.get('title')).toBe('科技部关于开展巡视整改工作的通知');
    expect(fields.get('author')).toBe('{科学技术部}'); // one braced name: a corporate author
    expect(fields.get('institution')).toBe('科学技术部');
    expect(fields.get('number')).toBe('国科发资〔2021〕1号');
    expect(fields.get('date')).toBe('2021-12-06');
    expect(fields.get('year')).toBe('2021');
    expect(fields.get('month')).toBe('dec');
    expect(fields.get('url')).toBe(fakeNotice().url);
    expect(fields.get('urldate')).toBe('2024-01-05');
    expect(fields.get('language')).toBe('zh-CN');
    expect(fields.get('keywords')).toBe('inspection');
    expect(fields.get('note')).toBe('索引号: 306-12-2021-001; 栏目: 通知通告');
  });

  it('falls back to @misc without an issuing body (techreport needs an institution)', () => {
    const { type, fields } = readEntry(noticeToBibtex(fakeNotice({ publisher: undefined })));
    expect(type).toBe('misc');
    expect(fields.has('author')).toBe(false);
    expect(fields.has('institution')).toBe(false);
  });

  it.each([
    ['Chinese passes through', '科技部〔2021〕', '科技部〔2021〕'],
    ['percent', '100%国产化', '100\\%国产化'],
    ['ampersand, hash, dollar, underscore', 'R&D #1 $5 a_b', 'R\\&D \\#1 \\$5 a\\_b'],
    ['tilde and caret', '~^', '\\textasciitilde{}\\textasciicircum{}'],
    ['backslash', 'a\\b', 'a\\textbackslash{}b'],
    ['a lone brace stays balanced', '{x', '\\{\\vphantom{\\}}x'],
    ['line breaks', '第一段\n\n第二段', '第一段 第二段'],
  ])('escapes: %s', (_name, value, expected) => {
    expect(bibtexEscape(value)).toBe(expected);
  });

  it('keeps hostile titles inside their field', () => {
    const { fields } = readEntry(noticeToBibtex(fakeNotice({ title: '}, author = {evil' })));
    expect(fields.get('author')).toBe('{科学技术部}');
  });

  it('makes ASCII keys that differ per notice', () => {
    const a = bibtexKey(fakeNotice({ id: 'aaaa' }));
    const b = bibtexKey(fakeNotice({ id: 'bbbb', siteId: undefined, publishedAt: undefined }));
    expect(a).toBe('most-tztg-2021-aaaa');
    expect(b).toBe('kjwatch-nd-bbbb');
    expect(exportNotices('bibtex', [fakeNotice({ id: 'a' }), fakeNotice({ id: 'b' })])).toMatch(
      /\}\n\n@techreport/,
    );
  });
});
