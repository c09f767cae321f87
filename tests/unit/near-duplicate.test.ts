// textMinHash skips the shingle set; its signatures are persisted (repost bands), so they must
// be bit for bit those of minHashSignature over the set, on any text.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scraper/demo/compose-bodies.ts';
import {
  jaccard,
  lshBands,
  minHashSignature,
  shingles,
  textMinHash,
} from '../../shared/notice/near-duplicate.ts';

describe('textMinHash', () => {
  it('equals the MinHash of the shingle set on 2,000 generated bodies', () => {
    const next = createRandom(41);
    // Few distinct characters, so that shingles repeat within a body as they do in notices.
    const alphabet = [...'科技部关于开展巡视整改工作的通知。，一二三 \nAZaz0９𠀀'];
    for (let n = 0; n < 2_000; n++) {
      const length = Math.floor(next() ** 2 * 600);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(textMinHash(text)).toEqual(minHashSignature(shingles(text)));
    }
  });

  it('covers the empty, the short and the all-repeated body', () => {
    for (const text of ['', '通知', '巡视整改', '整改落实到位', '整改'.repeat(300)]) {
      expect(textMinHash(text)).toEqual(minHashSignature(shingles(text)));
    }
    // A real difference shows: the signatures of two different bodies differ.
    expect(textMinHash('关于开展巡视整改工作的通知')).not.toEqual(
      textMinHash('关于开展科技项目申报的通知'),
    );
  });
});

describe('the signature (one-permutation MinHash)', () => {
  const next = createRandom(7);
  const alphabet = [
    ...'科技部关于开展巡视整改工作的通知。，一二三四五六七八九十国家重点研发计划项目申报指南单位',
  ];
  const body = (length: number) =>
    Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  const agreement = (a: Uint32Array, b: Uint32Array) => a.filter((v, i) => v === b[i]).length / 64;
  const sharesBand = (a: string, b: string) => {
    const other = new Set(lshBands(textMinHash(b)));
    return lshBands(textMinHash(a)).some((band) => other.has(band));
  };

  it('agrees with another body on about as many bins as their shingle similarity', () => {
    let squared = 0;
    const pairs = 300;
    for (let n = 0; n < pairs; n++) {
      const a = body(80 + Math.floor(next() * 1_500));
      // A copy that lost a head and kept part of it further down: any similarity from ~0 to 1.
      const cut = Math.floor(a.length * next());
      const b = a.slice(cut) + a.slice(0, Math.floor(cut * next()));
      const exact = jaccard(shingles(a), shingles(b));
      squared += (agreement(textMinHash(a), textMinHash(b)) - exact) ** 2;
    }
    // 64 independent bins would give at most sqrt(0.25 / 64) = 0.0625.
    expect(Math.sqrt(squared / pairs)).toBeLessThan(0.07);
  });

  it('fills every bin of a short body from its own shingles', () => {
    for (const length of [1, 5, 6, 20, 80]) {
      const text = body(length);
      const signature = textMinHash(text);
      expect(signature.includes(0xffffffff)).toBe(false);
      // The filled bins' values are the only values there are.
      expect(new Set(signature).size).toBeLessThanOrEqual(shingles(text).size);
    }
    expect(textMinHash('').every((v) => v === 0xffffffff)).toBe(true);
  });

  it('puts near-identical bodies in a shared band, and few unrelated ones', () => {
    for (let n = 0; n < 200; n++) {
      const a = body(300 + Math.floor(next() * 1_500));
      const near = `转发：${a}（来源：科技部网站）`;
      expect(jaccard(shingles(a), shingles(near))).toBeGreaterThanOrEqual(0.9);
      expect(sharesBand(a, near)).toBe(true);
    }
    let unrelated = 0;
    for (let n = 0; n < 200; n++) if (sharesBand(body(600), body(600))) unrelated++;
    expect(unrelated).toBeLessThan(20);
  });
});
