import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/text/fold-text.ts';
import { foldHan, hanFoldTableSize } from '../../shared/text/han-fold.ts';

describe('foldText', () => {
  it.each([
    ['traditional → simplified', '院黨組巡視整改工作', '院党组巡视整改工作'],
    ['Taiwan variant 臺灣', '臺灣', '台湾'],
    ['regional variant 裡 folds to 里', '裡面', '里面'],
    ['simplified 么 stays 么', '什么', '什么'],
    ['traditional 麼 meets simplified 么', '什麼', '什么'],
    ['full-width Latin and case', 'ＡＩ技术', 'ai技术'],
    ['Latin case', 'R&D', 'r&d'],
    ['full-width punctuation', '（一）：', '(一):'],
    ['ideographic space between Han dropped', '日\u3000期', '日期'],
    ['space runs between Han dropped', '张  三', '张三'],
    ['space runs elsewhere become one', 'AI   技术  R  D', 'ai 技术 r d'],
    ['leading and trailing space dropped', '  巡视  ', '巡视'],
    ['zero-width characters dropped', '巡\u200b视\ufeff', '巡视'],
    ['leaked ruby pinyin dropped', '中國科學(xué)院', '中国科学院'],
    ['full-width ruby parentheses', '學（xué）習', '学习'],
    ['real parentheses kept', '数据(data)', '数据(data)'],
    ['pinyin after Latin kept', 'a(xué)', 'a(xué)'],
    ['compatibility ideograph folds through to simplified', '\uf900', '岂'],
    ['circled number expands', '①', '1'],
    ['astral Han kept', '𠀀巡视', '𠀀巡视'],
    ['emoji kept', '😀巡视', '😀巡视'],
    ['empty', '', ''],
  ])('%s', (_name, input, folded) => {
    expect(foldText(input).text).toBe(folded);
  });

  it('maps every folded unit back to its original character', () => {
    const input = '𠀀中國科學(xué)院 ＡＩ…';
    const folded = foldText(input);
    const { text } = folded;
    expect(text).toBe('𠀀中国科学院 ai...');
    const origin = (i: number) => input.slice(folded.originalStart(i), folded.originalEnd(i));
    expect(origin(0)).toBe('𠀀');
    expect(origin(1)).toBe('𠀀');
    expect(origin(5)).toBe('學');
    expect(origin(6)).toBe('院'); // the pinyin between them is gone
    expect(origin(7)).toBe(' ');
    expect(origin(8)).toBe('Ａ');
    expect([origin(10), origin(11), origin(12)]).toEqual(['…', '…', '…']);
    for (let i = 1; i < text.length; i++)
      expect(folded.originalStart(i)).toBeGreaterThanOrEqual(folded.originalStart(i - 1));
  });

  it('is idempotent on every character the Han table folds', () => {
    expect(hanFoldTableSize()).toBeGreaterThan(2500);
    const broken: string[] = [];
    for (let cp = 0x3400; cp <= 0x9fff; cp++) {
      const once = foldHan(cp);
      if (foldHan(once) !== once) broken.push(String.fromCodePoint(cp));
    }
    expect(broken).toEqual([]);
  });

  it('folds each unified ideograph as NFKC, lower case and the Han table together would', () => {
    // foldText takes a shortcut for the first two ranges: the long way must agree on every one,
    // and on the compatibility ideographs beside them, which NFKC does change.
    const differ: string[] = [];
    for (const [lo, hi] of [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
    ] as const) {
      for (let cp = lo; cp <= hi; cp++) {
        const ch = String.fromCodePoint(cp);
        const longWay = [...ch.normalize('NFKC').toLowerCase()]
          .map((c) => String.fromCodePoint(foldHan(c.codePointAt(0)!)))
          .join('');
        if (foldText(ch).text !== longWay) differ.push(ch);
      }
    }
    expect(differ).toEqual([]);
  });

  it('folds a long text without growing per character', () => {
    const input = '巡視整改，ＡＩ。'.repeat(50_000);
    const { text } = foldText(input);
    expect(text.length).toBe(input.length);
    expect(text.startsWith('巡视整改,ai。')).toBe(true);
  });
});
