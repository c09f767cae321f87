// Closing signatures write years digit by digit (二〇二一) with 〇, ○, O or 零 for zero;
// orders count in words (第四十三号, 第七百零八号).
const ZEROS = '零〇○◯O';
const ONE_TO_NINE = '一二三四五六七八九';

function digitOf(ch: string): number | undefined {
  if (ZEROS.includes(ch)) return 0;
  if (ch === '两') return 2;
  const i = ONE_TO_NINE.indexOf(ch);
  return i < 0 ? undefined : i + 1;
}

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ABBREVIATED_TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

/** 二〇二一 → 2021: one numeral per digit. */
export function parseDigitNumeral(text: string): number | null {
  let value = 0;
  for (const ch of text) {
    const d = digitOf(ch);
    if (d === undefined) return null;
    value = value * 10 + d;
  }
  return text.length > 0 ? value : null;
}

/** 四十三 → 43, 十二 → 12, 七百零八 → 708, 廿五 → 25; a string without units reads digit by digit. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  if (![...text].some((ch) => ch in UNITS || ch in ABBREVIATED_TENS)) {
    return parseDigitNumeral(text);
  }
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const ch of text) {
    const d = digitOf(ch);
    const unit = UNITS[ch];
    const tens = ABBREVIATED_TENS[ch];
    if (d !== undefined) {
      if (pending !== null && pending !== 0) return null; // two digits in a row: 四三十
      pending = d;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null; // 十百 is not a number
      lastUnit = unit;
      // 十二: a leading unit means one of it.
      total += (pending ?? 1) * unit;
      pending = null;
    } else if (tens !== undefined) {
      if (pending !== null || total !== 0) return null;
      total = tens;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}
