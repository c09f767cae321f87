// Small guards for checking messages that arrive from less trusted contexts (content scripts
// run inside pages that may be hostile). Each returns undefined when the value does not fit.
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function boundedString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

export function boundedInteger(value: unknown, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max
    ? value
    : undefined;
}

export function stringList(value: unknown, maxItems: number, maxLength: number) {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const out: string[] = [];
  for (const item of value) {
    const s = boundedString(item, maxLength);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

/** Keys other than `allowed`: a message carrying more than its type declares is rejected. */
export function extraKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k));
}
