// Charset detection for saved and fetched pages: GBK pages exist and must never turn into
// mojibake, and no byte sequence may make decoding throw.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeHtml, detectCharset, looksBinary } from '../../scraper/html/decode-html.ts';
import { limitHtml, MAX_ENTITIES, MAX_NESTING, MAX_TAGS } from '../../scraper/html/limit-html.ts';

// iconv-lite ships with the toolchain (a transitive dependency); only tests use it, to write GBK.
const iconv = createRequire(import.meta.url)('iconv-lite') as {
  encode(text: string, charset: string): Uint8Array;
};

const TEXT = '省科技厅党组理论学习中心组举行集体学习';
const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const page = (head: string) => `<html><head>${head}</head><body><p>${TEXT}</p></body></html>`;

describe('decodeHtml', () => {
  it.each([
    ['a UTF-8 BOM', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(page(''))), undefined, 'utf-8'],
    [
      'a UTF-16LE BOM',
      new Uint8Array([
        0xff,
        0xfe,
        ...new Uint8Array(new Uint16Array([...page('')].map((c) => c.charCodeAt(0))).buffer),
      ]),
      undefined,
      'utf-16le',
    ],
    ['the HTTP charset', gbk(page('')), 'text/html; charset=GBK', 'gb18030'],
    ['<meta charset>', gbk(page('<meta charset="gb2312">')), undefined, 'gb18030'],
    [
      'http-equiv Content-Type',
      gbk(page('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')),
      undefined,
      'gb18030',
    ],
    [
      'upper-case META',
      gbk(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=GB2312">')),
      undefined,
      'gb18030',
    ],
    [
      'an XML declaration',
      gbk(`<?xml version="1.0" encoding="GBK"?>${page('')}`),
      undefined,
      'gb18030',
    ],
    ['undeclared GBK bytes', gbk(page('')), undefined, 'gb18030'],
    [
      'GBK bytes under a wrong UTF-8 declaration',
      gbk(page('<meta charset="utf-8">')),
      undefined,
      'gb18030',
    ],
    ['undeclared UTF-8', utf8(page('')), undefined, 'utf-8'],
    [
      'a BOM over a contradicting meta',
      concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(page('<meta charset="gbk">'))),
      undefined,
      'utf-8',
    ],
  ])('follows %s', (_case, bytes, contentType, charset) => {
    expect(detectCharset(bytes, contentType)).toBe(charset);
    expect(decodeHtml(bytes, contentType)).toContain(TEXT);
    expect(decodeHtml(bytes, contentType).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('decodes GB18030-only characters on a page declared GB2312', () => {
    const rare = '䶮𠀀';
    const bytes = new Uint8Array(iconv.encode(page('<meta charset="gb2312">') + rare, 'gb18030'));
    expect(decodeHtml(bytes)).toContain(rare);
  });

  it.each([
    ['an unknown charset label', utf8(page('<meta charset="x-no-such-charset">'))],
    ['random bytes', Uint8Array.from({ length: 5000 }, (_, i) => (i * 2654435761) >>> 24)],
    ['a truncated multi-byte character', utf8(TEXT).subarray(0, 5)],
    ['nothing', new Uint8Array(0)],
  ])('never throws on %s', (_case, bytes) => {
    expect(() => decodeHtml(bytes)).not.toThrow();
  });
});

describe('looksBinary', () => {
  it.each([
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), true],
    ['a .docx (zip)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), true],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24), true],
    ['an HTML page', utf8(page('')), false],
    ['a GBK page', gbk(page('')), false],
  ])('%s → %s', (_case, bytes, expected) => {
    expect(looksBinary(bytes)).toBe(expected);
  });
});

describe('limitHtml', () => {
  it('leaves ordinary pages alone', () => {
    const html = page('<script>if (a < b) document.write("<div>")</script>');
    expect(limitHtml(html)).toEqual({ html });
  });

  it.each([
    ['a nesting bomb', `<p>${TEXT}</p>${'<div>'.repeat(MAX_NESTING + 50)}x`, /nested deeper/],
    ['too many elements', `<p>${TEXT}</p>${'<br>'.repeat(MAX_TAGS + 10)}`, /more than/],
    [
      'too many character references',
      `<p>${TEXT}</p>${'&amp;'.repeat(MAX_ENTITIES + 10)}`,
      /references/,
    ],
    ['a tag that never closes', `<p>${TEXT}</p>${'<a x'.repeat(MAX_TAGS + 10)}`, undefined],
  ])(
    'cuts %s where it leaves the budget (if it does), keeping the start, quickly',
    (_case, html, why) => {
      const start = performance.now();
      const limited = limitHtml(html);
      expect(performance.now() - start).toBeLessThan(500);
      expect(limited.html).toContain(TEXT);
      if (why) {
        expect(limited.truncated).toMatch(why);
        expect(limited.html.length).toBeLessThan(html.length);
      }
    },
  );

  it('does not count unclosed paragraphs and cells as nesting', () => {
    expect(
      limitHtml(`<table><tr>${'<td><p>x'.repeat(MAX_NESTING + 10)}`).truncated,
    ).toBeUndefined();
  });
});
