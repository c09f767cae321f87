// A WARC file per run and host: what archivists read (pywb, ReplayWeb.page, warcio). Each
// response record holds the status line, the response headers and the body as fetched, in its
// own gzip member (a standard .warc.gz). warcio builds the records (node:crypto their digests); zlib
// compresses them, several times faster than warcio's stream compression. Each record is
// appended with one synchronous write, so a killed run keeps every record it finished.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { FetchedResponse } from '../../fetch/fetched-response.ts';
import { type DeflatedPart, deflatePart, gzipMember } from '../../store/deflate-parts.ts';
import { RAW_PAGE_GZIP } from '../../store/evidence.ts';

/** What a response record is made of. */
export type WarcResponse = Pick<
  FetchedResponse,
  'finalUrl' | 'fetchedAt' | 'status' | 'headers' | 'via' | 'body'
>;

/**
 * A body deflated and hashed once for both of its gzip members, its raw page in the store and
 * its WARC record: the two compressions of each detail page were most of what its record cost.
 */
export interface SharedBody {
  part: DeflatedPart;
  /** Hex SHA-256 of the body: the raw page's key and the record's payload digest. */
  sha256: string;
}

export function shareBody(body: Uint8Array): SharedBody {
  return { part: deflatePart(body), sha256: sha256Hex([body]) };
}

const RECORD_END = new TextEncoder().encode('\r\n\r\n');
const endsRecord = (bytes: Uint8Array) =>
  Buffer.compare(bytes.subarray(bytes.length - RECORD_END.length), RECORD_END) === 0;

// The body is stored decompressed and whole, so headers describing the transfer would lie.
const TRANSFER_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

// Compressed in one synchronous call: records are written on the crawl's writer thread (see
// crawl-writer.ts), where zlib's asynchronous path (a round trip to libuv's pool per chunk) cost
// several times the compression itself. One gzip member appended in one call, so records never
// interleave.
async function append(path: string, record: WARCRecord, shared?: SharedBody): Promise<void> {
  const bytes = await WARCSerializer.serialize(record, { gzip: false });
  appendFileSync(path, shared ? memberWithBody(bytes, shared) : gzipSync(bytes, RAW_PAGE_GZIP));
}

/** The record's member around the body deflated already: the record is head, body, record end. */
function memberWithBody(record: Uint8Array, shared: SharedBody): Uint8Array {
  const { bytes: body } = shared.part;
  const headLength = record.length - body.length - RECORD_END.length;
  const bodyThere =
    headLength > 0 &&
    endsRecord(record) &&
    Buffer.compare(record.subarray(headLength, headLength + body.length), body) === 0;
  // Not the layout warcio writes today: compress the record whole rather than guess.
  if (!bodyThere) return gzipSync(record, RAW_PAGE_GZIP);
  return gzipMember([
    deflatePart(record.subarray(0, headLength)),
    shared.part,
    deflatePart(RECORD_END),
  ]);
}

function sha256Hex(parts: readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * The digests warcio would compute, by node:crypto: warcio makes two hash-wasm instances per
 * record, whose WebAssembly instantiation was ~55 ms of the writer thread per demo crawl. The
 * block is the HTTP header block as warcio writes it, then the body.
 */
function setDigests(record: WARCRecord, body: Uint8Array, bodySha256?: string): void {
  const head = new TextEncoder().encode(`${record.httpHeaders?.toString() ?? ''}\r\n`);
  const payload = bodySha256 ?? sha256Hex([body]);
  record.warcHeaders.headers.set('WARC-Payload-Digest', `sha256:${payload}`);
  record.warcHeaders.headers.set('WARC-Block-Digest', `sha256:${sha256Hex([head, body])}`);
}

/** A new file per run and host, named by when the run started. */
export function warcFilePath(dir: string, host: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return join(dir, `kjwatch-${stamp}-${host.replace(/[^\w.-]/g, '_')}.warc.gz`);
}

export class WarcWriter {
  private info: Promise<void> | undefined;

  constructor(
    readonly path: string,
    private readonly software: string,
  ) {}

  /** The warcinfo record opens the file, written before the first response. */
  private start(): Promise<void> {
    this.info ??= (async () => {
      mkdirSync(join(this.path, '..'), { recursive: true });
      const info = WARCRecord.createWARCInfo(
        { filename: this.path, warcVersion: 'WARC/1.1' },
        { software: this.software, format: 'WARC File Format 1.1' },
      );
      await append(this.path, info);
    })();
    return this.info;
  }

  /** `shared`: the body's deflate and hash, made for its raw page (of exactly this body). */
  async write(response: WarcResponse, shared?: SharedBody): Promise<void> {
    await this.start();
    const httpHeaders: [string, string][] = [];
    for (const [name, value] of Object.entries(response.headers)) {
      if (TRANSFER_HEADERS.has(name)) continue;
      for (const line of value.split('\n')) httpHeaders.push([name, line]);
    }
    httpHeaders.push(['content-length', String(response.body.length)]);
    const record = WARCRecord.create(
      {
        url: response.finalUrl,
        date: response.fetchedAt,
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: `HTTP/1.1 ${response.status} ${response.status < 400 ? 'OK' : 'Error'}`,
        httpHeaders,
        warcHeaders: { 'WARC-Kjwatch-Via': response.via },
      },
      [response.body],
    );
    setDigests(record, response.body, shared?.sha256);
    await append(this.path, record, shared);
  }
}
