// textMinHash skips the shingle set; its signatures are persisted (repost bands), so they must
// be bit for bit those of minHashSignature over the set, on any text.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scraper/demo/compose-bodies.ts';
import { minHashSignature, shingles, textMinHash } from '../../shared/notice/near-duplicate.ts';

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
