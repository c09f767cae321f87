// The clippings backup (`formatName: "kjwatch-clippings"`): what the side panel's JSON export
// writes and its import reads. Versioned like the rules file: a file from a newer kjwatch is
// refused with a sentence saying so, never half-read.
import type { Clipping } from '../model.ts';
import { type FieldProblem, parseClipping } from './parse-clipping.ts';

export const CLIPPINGS_FORMAT_NAME = 'kjwatch-clippings';
export const CLIPPINGS_FORMAT_VERSION = 1;

export interface ClippingsBackup {
  formatName: typeof CLIPPINGS_FORMAT_NAME;
  formatVersion: typeof CLIPPINGS_FORMAT_VERSION;
  exportedAt: string;
  clippings: Clipping[];
}

/** What is wrong with a file, by what the user can do about it. */
export type BackupProblem = FieldProblem & {
  kind: 'not-json' | 'format-name' | 'format-version' | 'shape' | 'item';
  /** The offending value as the file has it (formatName, formatVersion), for the UI. */
  value?: string;
};

export type BackupParseResult =
  | { ok: true; backup: ClippingsBackup }
  | { ok: false; problems: BackupProblem[] };

/** The backup as JSON text: the header, then one clipping per line. */
export function clippingsToBackupJson(clippings: Iterable<Clipping>, exportedAt: Date): string {
  const head = {
    formatName: CLIPPINGS_FORMAT_NAME,
    formatVersion: CLIPPINGS_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
  };
  const items: string[] = [];
  for (const c of clippings) items.push(JSON.stringify(clippingFields(c)));
  const header = JSON.stringify(head).slice(0, -1);
  return items.length
    ? `${header},"clippings":[\n${items.join(',\n')}\n]}\n`
    : `${header},"clippings":[]}\n`;
}

/** Exactly the model's fields, in a fixed order (what a store adds, such as a host, stays out). */
export function clippingFields(c: Clipping): Clipping {
  const out: Clipping = {
    id: c.id,
    url: c.url,
    pageTitle: c.pageTitle,
    quote: c.quote,
    selectors: c.selectors,
    note: c.note,
    tags: c.tags,
    color: c.color,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
  if (c.notice) out.notice = c.notice;
  return out;
}

function fail(
  kind: BackupProblem['kind'],
  path: string,
  message: string,
  found?: { value: unknown },
): BackupParseResult {
  const problem: BackupProblem = { kind, path, message };
  if (found) problem.value = JSON.stringify(found.value) ?? '(missing)';
  return { ok: false, problems: [problem] };
}

export function parseClippingsBackup(text: string): BackupParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('not-json', '(file)', error instanceof Error ? error.message : String(error));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail(
      'shape',
      '(file)',
      `must be a JSON object with formatName "${CLIPPINGS_FORMAT_NAME}"`,
    );
  const file = data as Record<string, unknown>;
  if (file.formatName !== CLIPPINGS_FORMAT_NAME)
    return fail(
      'format-name',
      'formatName',
      `is ${JSON.stringify(file.formatName)}, not "${CLIPPINGS_FORMAT_NAME}"`,
      { value: file.formatName },
    );
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('shape', 'formatVersion', `must be ${CLIPPINGS_FORMAT_VERSION}`);
  if (version > CLIPPINGS_FORMAT_VERSION)
    return fail(
      'format-version',
      'formatVersion',
      `is ${version}: written by a newer kjwatch (this one reads version ${CLIPPINGS_FORMAT_VERSION})`,
      { value: version },
    );
  if (!Array.isArray(file.clippings))
    return fail('shape', 'clippings', 'must be a list of clippings');
  const problems: FieldProblem[] = [];
  const clippings: Clipping[] = [];
  file.clippings.forEach((item, i) => {
    const c = parseClipping(item, `clippings[${i}]`, problems);
    if (c) clippings.push(c);
  });
  if (problems.length)
    return { ok: false, problems: problems.map((p) => ({ kind: 'item', ...p })) };
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : '';
  return {
    ok: true,
    backup: { formatName: CLIPPINGS_FORMAT_NAME, formatVersion: 1, exportedAt, clippings },
  };
}
