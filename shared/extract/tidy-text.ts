// Whitespace as a reader sees it. Source line breaks between two Chinese characters are
// formatting, not spaces (CSS Text 3 drops such segment breaks between wide characters), but
// real spaces stay: `科技部 金融监管总局` lists four issuers.

/** Table cells of one row are joined with this mark; it becomes a tab at the end. */
export const CELL_MARK = '\u001f';

const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const BREAK_BETWEEN_WIDE = new RegExp(
  `([${WIDE}])[ \\t\\u00a0\\u3000]*[\\r\\n]\\s*(?=[${WIDE}])`,
  'g',
);
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACE_RUN = /[\s\u00a0\u3000]+/g;
const CELL_RUN = new RegExp(`\\s*${CELL_MARK}[\\s${CELL_MARK}]*`, 'g');

/** One line of text: invisible characters out, whitespace runs to one space, ends trimmed. */
export function tidyLine(raw: string): string {
  let s = raw;
  if (s.includes('\n') || s.includes('\r')) s = s.replace(BREAK_BETWEEN_WIDE, '$1');
  s = s.replace(INVISIBLE, '').replace(SPACE_RUN, ' ');
  if (s.includes(CELL_MARK)) s = s.replace(CELL_RUN, '\t');
  return s.trim();
}

/** Characters a reader counts: everything but whitespace. */
export function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}
