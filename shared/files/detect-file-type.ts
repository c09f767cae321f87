// What an attachment really is, from its first bytes. Government sites often answer a dead
// attachment link with an HTML error page under the .pdf name, or serve .doc files as
// application/octet-stream; the store records both what was claimed and what arrived.

export type FileType =
  | 'pdf'
  | 'ole' // legacy Office/WPS: .doc .xls .ppt .wps .et
  | 'zip' // OOXML (.docx .xlsx .pptx), .ofd, plain .zip
  | 'rar'
  | '7z'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'html'
  | 'unknown';

const SIGNATURES: ReadonlyArray<readonly [FileType, readonly number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

function looksLikeHtml(bytes: Uint8Array): boolean {
  // Skip a UTF-8 BOM and leading whitespace, then look for a tag that opens an HTML page.
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  let head = '';
  for (let k = i; k < Math.min(bytes.length, i + 64); k++) head += String.fromCharCode(bytes[k]!);
  return /^<(?:!doctype\s+html|html|head|body|script|meta|title|!--)/i.test(head);
}

export function detectFileType(bytes: Uint8Array): FileType {
  for (const [type, sig] of SIGNATURES) if (startsWith(bytes, sig)) return type;
  // Some servers put a few bytes of junk before %PDF; readers accept it within 1 KiB.
  for (let at = 1; at < Math.min(bytes.length, 1024); at++) {
    if (bytes[at] === 0x25 && startsWith(bytes, SIGNATURES[0]![1], at)) return 'pdf';
  }
  return looksLikeHtml(bytes) ? 'html' : 'unknown';
}

const EXPECTED: Readonly<Record<string, FileType>> = {
  pdf: 'pdf',
  doc: 'ole',
  xls: 'ole',
  ppt: 'ole',
  wps: 'ole',
  et: 'ole',
  docx: 'zip',
  xlsx: 'zip',
  pptx: 'zip',
  ofd: 'zip',
  zip: 'zip',
  rar: 'rar',
  '7z': '7z',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
};

/** The type an attachment's name or URL promises (by extension), when it promises one. */
export function expectedFileType(nameOrUrl: string): FileType | undefined {
  const path = nameOrUrl.split(/[?#]/)[0] ?? '';
  const ext = /\.([a-z0-9]{1,5})$/i.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXPECTED[ext];
}
