// A strict RFC 4180 reader for checking exports: CRLF records, quoted fields with "" for a
// quote; anything else (a bare quote, a lone LF) is an error, not silently accepted.
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      field = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(field))
        throw new Error(`bare quote or line break in ${JSON.stringify(field)}`);
      i = end < 0 ? text.length : i + end;
    }
    row.push(field);
    if (text.startsWith(',', i)) i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`junk after field at ${i}`);
  }
  if (row.length) throw new Error('last record lacks CRLF');
  return rows;
}

/** Records as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}
