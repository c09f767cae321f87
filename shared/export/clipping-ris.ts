// A clipping as a RIS record for Zotero: the notice as a report (noticeRisLines), the quote as
// its abstract (AB → abstractNote), the researcher's note as a child note (N1) and the tags as
// keywords (KW → tags). One record per clipping, a blank line between records.
import type { Clipping } from '../model.ts';
import { clippingNotice } from './clipping-notice.ts';
import { noticeRisLines, RIS_END, RIS_EOL, risLine } from './ris.ts';

export function clippingToRis(clipping: Clipping): string {
  const lines = noticeRisLines(clippingNotice(clipping), { abstractLength: 0 });
  for (const tag of clipping.tags) lines.push(risLine('KW', tag));
  lines.push(risLine('AB', clipping.quote));
  if (clipping.note.trim()) lines.push(risLine('N1', clipping.note));
  lines.push(RIS_END);
  return lines.join('');
}

export function clippingsToRis(clippings: Iterable<Clipping>): string {
  return Array.from(clippings, clippingToRis).join(RIS_EOL);
}
