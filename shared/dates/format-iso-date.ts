import type { DateParts } from './chinese-date.ts';

// Every site kjwatch watches publishes in Beijing time; pages never state a zone.
export const SITE_ZONE = '+08:00';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * `2021-12-06`, or a date-time in the site zone. A time needs both hour and minute: an hour
 * alone would force us to invent `:00`.
 */
export function formatIsoDate(d: DateParts): string {
  const date = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
  if (d.hour === undefined || d.minute === undefined) return date;
  const seconds = d.second === undefined ? '' : `:${pad(d.second)}`;
  return `${date}T${pad(d.hour)}:${pad(d.minute)}${seconds}${SITE_ZONE}`;
}
