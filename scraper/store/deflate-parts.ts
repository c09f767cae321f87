// gzip members put together from parts deflated on their own. A detail page's body goes into two
// gzip members, its raw page in the store and its WARC record (headers, body, record end): it is
// deflated once and the same bytes serve both. Each part ends on a full flush (byte-aligned, no
// reference back into it), so parts concatenate into one valid deflate stream, which a final
// empty block ends.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { RAW_PAGE_GZIP } from './evidence.ts';

export interface DeflatedPart {
  /** Raw deflate blocks, not final, ending byte-aligned. */
  deflated: Uint8Array;
  bytes: Uint8Array;
}

// ID1 ID2, CM = deflate, no flags, no mtime, no extra flags, OS = Unix (as zlib's gzip writes).
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3);
// BFINAL = 1, fixed Huffman codes, end of block at once.
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);

export function deflatePart(bytes: Uint8Array): DeflatedPart {
  const deflated = deflateRawSync(bytes, {
    level: RAW_PAGE_GZIP.level,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  return { deflated, bytes };
}

/** One gzip member of the parts' bytes, in order. */
export function gzipMember(parts: readonly DeflatedPart[]): Uint8Array {
  let crc = 0;
  let size = 0;
  for (const part of parts) {
    // zlib's crc32 answers 0 for a null buffer, which an empty array may hand it: skip those.
    if (part.bytes.length > 0) crc = crc32(part.bytes, crc);
    size += part.bytes.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  // ISIZE is the length modulo 2^32.
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, ...parts.map((p) => p.deflated), FINAL_EMPTY_BLOCK, trailer]);
}
