import type { ChineseDate, DateParts } from './chinese-date.ts';
import { formatIsoDate } from './format-iso-date.ts';

// Nothing kjwatch watches predates the PRC; a later year is a misread number, not a date.
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const inRange = (n: number | undefined, min: number, max: number): boolean =>
  n === undefined || (Number.isInteger(n) && n >= min && n <= max);

/** The checked date (with `iso`), or null when any part is impossible. */
export function makeChineseDate(parts: DateParts): ChineseDate | null {
  const { year, month, day, hour, minute, second } = parts;
  if (!inRange(year, MIN_YEAR, MAX_YEAR) || !inRange(month, 1, 12)) return null;
  if (!inRange(day, 1, daysInMonth(year, month))) return null;
  if (!inRange(hour, 0, 23) || !inRange(minute, 0, 59) || !inRange(second, 0, 59)) return null;
  const date: ChineseDate = { iso: '', year, month, day };
  if (hour !== undefined && minute !== undefined) {
    date.hour = hour;
    date.minute = minute;
    if (second !== undefined) date.second = second;
  }
  date.iso = formatIsoDate(date);
  return date;
}
