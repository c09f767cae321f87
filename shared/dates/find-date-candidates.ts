import { makeChineseDate } from './calendar.ts';
import type { DateMatch, DateParts } from './chinese-date.ts';
import { parseChineseNumeral, parseDigitNumeral } from './chinese-numerals.ts';
import {
  DATE_AHEAD,
  DATE_BEFORE,
  DAY_FIRST_DATE,
  HAN_DATE,
  NUMERAL_DATE,
  NUMERIC_DATE,
} from './date-patterns.ts';

type Groups = ReadonlyArray<string | undefined>;

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSeparator = (ch: string | undefined): boolean => ch === '-' || ch === '.' || ch === '/';

/**
 * `1.2021.12.06.5` or `30643-2021-12-06` is a piece of a bigger number, not a date. A
 * neighbouring whole date (a range such as `2021.12.01-2021.12.31`) is fine.
 */
function isInsideBiggerNumber(folded: string, start: number, dateEnd: number): boolean {
  if (isSeparator(folded[start - 1]) && isDigit(folded[start - 2])) {
    if (!DATE_BEFORE.test(folded.slice(Math.max(0, start - 12), start - 1))) return true;
  }
  if (isSeparator(folded[dateEnd]) && isDigit(folded[dateEnd + 1])) {
    DATE_AHEAD.lastIndex = dateEnd + 1;
    if (!DATE_AHEAD.test(folded)) return true;
  }
  return false;
}

function timeFrom(g: Groups, at: number): Pick<DateParts, 'hour' | 'minute' | 'second'> {
  return { hour: num(g[at]), minute: num(g[at + 1]), second: num(g[at + 2]) };
}

type Reader = (m: RegExpExecArray, folded: string) => DateParts | null;

const readHanDate: Reader = (m) => {
  const clock = m[4] !== undefined ? timeFrom(m, 4) : timeFrom(m, 7);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...clock };
};

const readNumericDate: Reader = (m, folded) => {
  const dateEnd = m.index + 4 + 1 + (m[3]?.length ?? 0) + 1 + (m[4]?.length ?? 0);
  if (isInsideBiggerNumber(folded, m.index, dateEnd)) return null;
  return { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), ...timeFrom(m, 5) };
};

const readDayFirstDate: Reader = (m, folded) => {
  const dateEnd = m.index + (m[1]?.length ?? 0) + 1 + (m[2]?.length ?? 0) + 1 + 4;
  if (isInsideBiggerNumber(folded, m.index, dateEnd)) return null;
  return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), ...timeFrom(m, 4) };
};

const readNumeralDate: Reader = (m) => {
  const year = parseDigitNumeral(m[1] ?? '');
  // 元月 is January.
  const month = m[2] === '元' ? 1 : parseChineseNumeral(m[2] ?? '');
  const day = parseChineseNumeral(m[3] ?? '');
  if (year === null || month === null || day === null) return null;
  return { year, month, day };
};

const READERS: ReadonlyArray<[RegExp, Reader]> = [
  [HAN_DATE, readHanDate],
  [NUMERIC_DATE, readNumericDate],
  [DAY_FIRST_DATE, readDayFirstDate],
  [NUMERAL_DATE, readNumeralDate],
];

/** Every well-formed, possible date each pattern sees, possibly overlapping, unordered. */
export function findDateCandidates(folded: string, original: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const [pattern, read] of READERS) {
    for (const m of folded.matchAll(pattern)) {
      const parts = read(m, folded);
      const date = parts && makeChineseDate(parts);
      if (!date) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ ...date, start, end, raw: original.slice(start, end) });
    }
  }
  return found;
}
