// What the side panel asks the index for: a search text and filters, all optional.

export interface ClippingQuery {
  text?: string;
  tag?: string;
  host?: string;
  rule?: string;
  /** Local dates `YYYY-MM-DD`, both inclusive, of when the clipping was made. */
  from?: string;
  to?: string;
  orphanedOnly?: boolean;
}

/** Midnight (local) starting `YYYY-MM-DD`, plus `days`; NaN for anything else. */
export function localDay(date: string | undefined, days = 0): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).getTime() : Number.NaN;
}

export function countsOf(values: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
