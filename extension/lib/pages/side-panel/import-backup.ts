// Importing a clippings backup: the file is read and checked here, completely, before anything
// is sent — a bad file (not JSON, another format, a newer version, invalid items) is reported
// and the stored clippings are not touched. A good one is merged in batches (one transaction
// each); the background keeps the newer version of each clipping.
import { parseClippingsBackup } from '../../../../shared/export/clipping-backup.ts';
import type { Clipping } from '../../../../shared/model.ts';
import { MAX_IMPORT_BATCH } from '../../protocol/library-requests.ts';
import { sendRequest } from '../../protocol/send-request.ts';
import { h } from '../dom-builder.ts';
import { errorText } from '../error-text.ts';
import type { Translator } from '../page-language.ts';

const LISTED_PROBLEMS = 20;

export interface ImportReport {
  ok: boolean;
  /** One sentence for the user. */
  text: string;
  /** What is wrong, item by item (`clippings[3].quote: must be non-empty text`). */
  details: string[];
}

export async function importBackup(
  text: string,
  tr: Translator,
  written: (clippings: Clipping[]) => void,
): Promise<ImportReport> {
  const parsed = parseClippingsBackup(text);
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    const detail = first.value ?? first.message;
    if (first.kind === 'not-json')
      return { ok: false, text: tr.f('importNotJson', { detail }), details: [] };
    if (first.kind === 'format-name')
      return { ok: false, text: tr.f('importWrongFormat', { detail }), details: [] };
    if (first.kind === 'format-version')
      return { ok: false, text: tr.f('importNewerVersion', { detail }), details: [] };
    const details = parsed.problems.map((p) => `${p.path}: ${p.message}`);
    if (details.length > LISTED_PROBLEMS) details.splice(LISTED_PROBLEMS, Infinity, '…');
    return { ok: false, text: tr.f('importInvalid', { n: parsed.problems.length }), details };
  }
  const totals = { added: 0, updated: 0, unchanged: 0 };
  const all = parsed.backup.clippings;
  for (let i = 0; i < all.length || i === 0; i += MAX_IMPORT_BATCH) {
    const batch = all.slice(i, i + MAX_IMPORT_BATCH);
    const answer = await sendRequest<'clippings:import'>({
      type: 'clippings:import',
      clippings: batch,
    });
    if (!answer.ok) return { ok: false, text: errorText(answer.error, tr.t), details: [] };
    totals.added += answer.value.added;
    totals.updated += answer.value.updated;
    totals.unchanged += answer.value.unchanged;
    written(answer.value.clippings);
  }
  return { ok: true, text: tr.f('importDone', totals), details: [] };
}

export function showImportReport(status: HTMLElement, report: ImportReport): void {
  status.setAttribute('role', report.ok ? 'status' : 'alert');
  const list = report.details.map((d) => h('li', {}, d));
  status.replaceChildren(h('p', {}, report.text), ...(list.length ? [h('ul', {}, ...list)] : []));
}
