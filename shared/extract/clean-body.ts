// From the body's lines to the notice's text: furniture inside the body, 相关… lists and
// toolbar lines go; a density-found body loses the unscored edges (the title, 日期/来源
// lines, link lists) it was found with; a closing signature just below it joins it.
import { dropEditorCredit } from './boilerplate.ts';
import type { BodyRange } from './find-body.ts';
import { isIssuerLine, lineDate } from './find-signature.ts';
import { squash } from './find-title.ts';
import { startsWithLabel } from './read-labels.ts';
import type { Rendered } from './render-lines.ts';
import type { LineScores } from './score-lines.ts';

export function selectBodyLines(
  r: Rendered,
  scores: LineScores,
  body: BodyRange,
  skip: ReadonlySet<number>,
  title: string,
): number[] {
  const kept: number[] = [];
  for (let i = body.start; i < body.end; i++) {
    if (skip.has(i) || scores.furnitureText[i] || scores.inFurniture(i, body.depth)) continue;
    kept.push(i);
  }
  const titleKey = squash(title);
  const density = body.via === 'density';
  const isEdgeJunk = (i: number) =>
    (density && scores.value[i]! < 0) ||
    (r.lines[i]!.text.length <= 120 && startsWithLabel(r.lines[i]!.text));
  while (kept.length > 0) {
    const i = kept[0]!;
    if (squash(r.lines[i]!.text) !== titleKey && !isEdgeJunk(i)) break;
    kept.shift();
  }
  while (density && kept.length > 0 && scores.value[kept[kept.length - 1]!]! < 0) kept.pop();
  return kept.concat(signatureBelow(r, scores, body.end, skip));
}

/** Issuer and date lines right under the body (a signature kept in its own element). */
function signatureBelow(r: Rendered, scores: LineScores, end: number, skip: ReadonlySet<number>) {
  const below: number[] = [];
  for (let i = end; i < end + 3 && i < r.lines.length; i++) {
    const line = r.lines[i]!;
    if (skip.has(i) || line.linkChars > 0 || scores.inFurniture(i)) break;
    if (!isIssuerLine(line.text) && !lineDate(line.text)) break;
    below.push(i);
  }
  return below.some((i) => lineDate(r.lines[i]!.text)) ? below : [];
}

export function bodyTextOf(r: Rendered, lines: readonly number[]): string {
  return lines
    .map((i) => dropEditorCredit(r.lines[i]!.text).replace(/\t/g, ' '))
    .filter((t) => t.length > 0)
    .join('\n');
}
