// Bytes → HTML text by the page's own charset. Many provincial and older pages are GBK/GB2312;
// decoding them as UTF-8 turns every notice into mojibake. Order as in the HTML standard: BOM,
// the HTTP charset, then a `<meta>` declaration in the first 4 KB; undeclared bytes that are
// not valid UTF-8 but are valid GB18030 are GB18030. Bad bytes become U+FFFD, never a throw.

const SNIFF_BYTES = 4096;

// GB18030 is a superset of GBK and GB2312 and decodes the pages that declare those labels
// but use characters beyond them (a common mismatch on government sites).
const ALIASES: Readonly<Record<string, string>> = {
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  csgb2312: 'gb18030',
  gb18030: 'gb18030',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

function fromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function charsetIn(text: string | undefined): string | undefined {
  return text ? /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text)?.[1] : undefined;
}

/** `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`, `<?xml encoding?>`. */
function fromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    if (direct) return direct;
  }
  return /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  const name = ALIASES[label.toLowerCase()] ?? label.toLowerCase();
  try {
    return new TextDecoder(name);
  } catch {
    return undefined;
  }
}

function tryFatal(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The charset the page will be decoded with (normalised label). */
export function detectCharset(bytes: Uint8Array, contentType?: string): string {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const declared = decoderFor(charsetIn(contentType)) ?? decoderFor(fromMeta(bytes));
  if (declared && declared.encoding !== 'utf-8') return declared.encoding;
  // Undeclared, or declared UTF-8 by a template that the CMS then filled with GBK bytes.
  if (tryFatal('utf-8', bytes) !== undefined) return 'utf-8';
  return tryFatal('gb18030', bytes) !== undefined ? 'gb18030' : 'utf-8';
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const charset = detectCharset(bytes, contentType);
  // ignoreBOM: false (the default) drops a BOM that matches the charset.
  return (decoderFor(charset) ?? new TextDecoder('utf-8')).decode(bytes);
}

const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, xlsx, ofd
  [0xd0, 0xcf, 0x11, 0xe0], // doc, xls, wps
  [0x89, 0x50, 0x4e, 0x47], // png
  [0xff, 0xd8, 0xff], // jpeg
  [0x47, 0x49, 0x46, 0x38], // gif
  [0x52, 0x61, 0x72, 0x21], // rar
];

/** A file that is not a web page (an attachment saved by mistake, random bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (fromBom(bytes)?.startsWith('utf-16')) return false;
  if (MAGIC.some((m) => m.every((b, i) => bytes[i] === b))) return true;
  const sample = bytes.subarray(0, 2048);
  // Tab, LF, FF, CR and ESC (ISO-2022) occur in text; other C0 bytes do not.
  const textual = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);
  let control = 0;
  for (const b of sample) if (b < 0x20 && !textual.has(b)) control++;
  return sample.length > 0 && control / sample.length > 0.05;
}
