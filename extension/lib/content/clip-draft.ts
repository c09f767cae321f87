// A clipping draft from what the content script knows: the selection's place in the page text
// (never Selection.toString(), which adds layout line breaks), the notice the page holds, and
// the form. Pure: tested without a browser.
import { describeRange } from '../../../shared/anchor/describe.ts';
import type { Notice } from '../../../shared/model.ts';
import { parseTagInput } from '../library/parse-tags.ts';
import type { ClippingDraft } from '../protocol/requests.ts';

/** The background's bounds (parse-clipping-draft.ts): longer quotes are refused, not cut. */
export const MAX_QUOTE = 100_000;
export const MAX_NOTE = 20_000;
const MAX_TITLE = 2_000;
const MAX_TAGS = 50;
const MAX_TAG = 100;

export interface TextSpan {
  start: number;
  end: number;
}

const isSpace = (c: string) => /\s/.test(c);

/** text[start, end) without the whitespace at its edges; null when nothing else is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s]!)) s++;
  while (e > s && isSpace(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Tags as typed (the side panel's parser), within the background's bounds. */
export function formTags(input: string): string[] {
  return parseTagInput(input)
    .map((t) => t.slice(0, MAX_TAG))
    .slice(0, MAX_TAGS);
}

/** The notice fields a clipping keeps, each only when the page gave it. */
export function noticeMeta(notice: Notice): NonNullable<ClippingDraft['notice']> {
  const meta: NonNullable<ClippingDraft['notice']> = { title: notice.title.slice(0, MAX_TITLE) };
  for (const key of ['publisher', 'publishedAt', 'documentNumber'] as const) {
    const value = notice[key]?.trim();
    if (value) meta[key] = value.slice(0, MAX_TITLE);
  }
  return meta;
}

export interface ClipFormValues {
  note: string;
  tags: string;
  color: string;
}

export interface ClipPage {
  text: string;
  span: TextSpan;
  pageTitle: string;
  notice?: Notice;
}

export function buildClippingDraft(page: ClipPage, form: ClipFormValues): ClippingDraft {
  const selectors = describeRange(page.text, page.span.start, page.span.end);
  const pageTitle = (page.pageTitle.trim() || page.notice?.title || '').slice(0, MAX_TITLE);
  const draft: ClippingDraft = {
    pageTitle,
    quote: selectors[0].exact,
    selectors,
    note: form.note.slice(0, MAX_NOTE),
    tags: formTags(form.tags),
    color: form.color,
  };
  if (page.notice) draft.notice = noticeMeta(page.notice);
  return draft;
}
