// Dates as citation formats want them, from the ISO 8601 strings of a Notice. The date part is
// taken as written: publishedAt is the page's own (Beijing) date and must not shift by a
// time-zone conversion.

export type DateParts = [year: number, month?: number, day?: number];

export function isoDateParts(iso: string | undefined): DateParts | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return undefined;
  const parts: DateParts = [Number(m[1])];
  if (m[2] !== undefined) parts.push(Number(m[2]));
  if (m[3] !== undefined) parts.push(Number(m[3]));
  return parts;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2021-12-06`, `2021-12` or `2021`. */
export function isoDate(parts: DateParts): string {
  return parts.map((p, i) => (i === 0 ? String(p) : pad(p ?? 0))).join('-');
}
