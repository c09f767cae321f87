// Checks the `schedule` of a site profile: a standard 5-field cron expression, each field's
// values, ranges, steps, lists and names (JAN–DEC, SUN–SAT) within bounds. Only checks: the
// scheduler runs the expression; this tells a user what is wrong with it before a crawl is due.

const CRON_FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    base: 1,
  },
  // 0 and 7 are both Sunday.
  {
    name: 'day-of-week',
    min: 0,
    max: 7,
    names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    base: 0,
  },
] as const;

type CronField = (typeof CRON_FIELDS)[number];

function cronValue(raw: string, field: CronField): number | undefined {
  if (/^\d+$/.test(raw)) return Number(raw);
  const i = 'names' in field ? (field.names as readonly string[]).indexOf(raw.toLowerCase()) : -1;
  return i >= 0 && 'base' in field ? i + field.base : undefined;
}

function cronPartProblem(part: string, field: CronField): string | undefined {
  const m = /^(\*|([^-/]+)(?:-([^-/]+))?)(?:\/(.+))?$/.exec(part);
  if (!m) return `"${part}" is not a value, range (1-5), step (*/15) or list (1,15)`;
  const [, , from, to, step] = m;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0))
    return `"${part}": the step must be a positive number`;
  for (const raw of [from, to]) {
    if (raw === undefined) continue;
    const v = cronValue(raw, field);
    if (v === undefined) return `"${raw}" is not a number`;
    if (v < field.min || v > field.max) return `${raw} is out of range ${field.min}–${field.max}`;
  }
  if (
    from !== undefined &&
    to !== undefined &&
    (cronValue(from, field) ?? 0) > (cronValue(to, field) ?? 0)
  ) {
    return `"${part}": the range runs backwards`;
  }
  return undefined;
}

/** The problems of a 5-field cron expression (`minute hour day-of-month month day-of-week`). */
export function cronProblems(expression: string): string[] {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) {
    return [
      `has ${parts.length} field${parts.length === 1 ? '' : 's'}; a schedule has 5 (minute hour day-of-month month day-of-week), e.g. "0 7 * * *"`,
    ];
  }
  const problems: string[] = [];
  CRON_FIELDS.forEach((field, i) => {
    const text = parts[i] ?? '';
    if (text.split(',').includes('')) {
      problems.push(`${field.name} "${text}" has an empty entry in its list`);
      return;
    }
    for (const part of text.split(',')) {
      const problem = cronPartProblem(part, field);
      if (problem) problems.push(`${field.name} ${problem}`);
    }
  });
  return problems;
}
