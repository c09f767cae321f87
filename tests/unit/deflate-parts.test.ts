import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scraper/demo/compose-bodies.ts';
import { deflatePart, gzipMember } from '../../scraper/store/deflate-parts.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('gzip members from parts deflated on their own', () => {
  it('unzip to the parts in order, whatever their sizes', () => {
    const next = createRandom(3);
    const random = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
    const body = bytes('<p>各有关单位：现就巡视整改工作通知如下。</p>'.repeat(2_000));
    const cases: Uint8Array[][] = [
      [body],
      [bytes('WARC/1.1\r\n'), body, bytes('\r\n\r\n')],
      [new Uint8Array(0), random(70_000), new Uint8Array(0), random(1)],
    ];
    for (const parts of cases) {
      const member = gzipMember(parts.map(deflatePart));
      expect(Buffer.from(gunzipSync(member)).equals(Buffer.concat(parts))).toBe(true);
    }
  });

  it('serve two members with one deflate of the shared part, and compress it', () => {
    const shared = deflatePart(bytes('巡视整改'.repeat(5_000)));
    const alone = gzipMember([shared]);
    const framed = gzipMember([deflatePart(bytes('head\r\n')), shared, deflatePart(bytes('end'))]);
    expect(gunzipSync(alone).toString()).toBe('巡视整改'.repeat(5_000));
    expect(gunzipSync(framed).toString()).toBe(`head\r\n${'巡视整改'.repeat(5_000)}end`);
    expect(alone.length).toBeLessThan(shared.bytes.length / 20);
  });
});
