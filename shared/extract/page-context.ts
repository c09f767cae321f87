// What the field finders share: the rendered page, its scores and the body found on it.
import type { BodyRange } from './find-body.ts';
import type { Signature } from './find-signature.ts';
import type { TitleFound } from './find-title.ts';
import type { LabelledField } from './read-labels.ts';
import type { MetaTags } from './read-meta.ts';
import type { Rendered } from './render-lines.ts';
import type { LineScores } from './score-lines.ts';

export interface PageContext {
  url: string;
  r: Rendered;
  scores: LineScores;
  meta: MetaTags;
  labels: readonly LabelledField[];
  body: BodyRange;
  /** Indexes of the lines that make up bodyText, in order. */
  bodyLines: readonly number[];
  title: TitleFound;
  /** Lines [headerStart, headerEnd): between the title and the body, where 日期/来源 stand. */
  headerStart: number;
  headerEnd: number;
  signature?: Signature;
}

/** Labelled fields of one kind with a value, nearest the title first: header, then above, then below. */
export function labelled(ctx: PageContext, key: LabelledField['key']): LabelledField[] {
  const near = (f: LabelledField) => {
    if (f.line >= ctx.headerStart && f.line < ctx.headerEnd) return 0;
    if (f.line < ctx.body.start) return 1 + (ctx.body.start - f.line) / 1000;
    if (f.line >= ctx.body.end && f.line < ctx.body.end + 8) return 2;
    return 3;
  };
  return ctx.labels
    .filter((f) => f.key === key && f.value && near(f) < 3)
    .sort((a, b) => near(a) - near(b));
}
