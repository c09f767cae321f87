// Near-identical bodies (a notice reposted by another site with a different header or a
// trimmed footer): Jaccard similarity of character 5-gram shingles, and a MinHash signature
// cut into LSH bands so a store finds candidates with an index lookup instead of comparing
// a new notice with every stored one. Signatures are persisted: the seeds and the band layout
// must never change (a change needs a store migration that recomputes them).

export const SHINGLE_SIZE = 5;
export const SIGNATURE_SIZE = 64;
export const BAND_ROWS = 4;
export const BAND_COUNT = SIGNATURE_SIZE / BAND_ROWS;

/** FNV-1a over UTF-16 units, 32 bits. */
function hashUnits(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits of a 32-bit value. */
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

// Fixed seeds from a fixed LCG: stable across runs and releases.
const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let s = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    seeds[i] = s;
  }
  return seeds;
})();

/** Hashed character 5-grams of a comparable body (see comparableBody). */
export function shingles(text: string, size = SHINGLE_SIZE): Set<number> {
  const out = new Set<number>();
  if (text.length === 0) return out;
  if (text.length <= size) {
    out.add(hashUnits(text, 0, text.length));
    return out;
  }
  for (let i = 0; i + size <= text.length; i++) out.add(hashUnits(text, i, i + size));
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function addToSignature(signature: Uint32Array, x: number): void {
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const h = mix(x ^ SEEDS[i]!);
    if (h < signature[i]!) signature[i] = h;
  }
}

export function minHashSignature(set: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of set) addToSignature(signature, x);
  return signature;
}

/**
 * minHashSignature(shingles(text)), without building the set: a minimum does not change when a
 * shingle comes twice, and the set of a body's thousands of shingles cost as much as the hashing.
 */
export function textMinHash(text: string, size = SHINGLE_SIZE): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  if (text.length === 0) return signature;
  if (text.length <= size) {
    addToSignature(signature, hashUnits(text, 0, text.length));
    return signature;
  }
  for (let i = 0; i + size <= text.length; i++) {
    addToSignature(signature, hashUnits(text, i, i + size));
  }
  return signature;
}

/**
 * One hash per band of BAND_ROWS signature values. Two bodies with Jaccard similarity s share
 * at least one band with probability 1 - (1 - s^4)^16: 0.9999 at s = 0.9, 0.64 at s = 0.5.
 * Values are signed 32-bit so that SQLite stores them as small integers.
 */
export function lshBands(signature: Uint32Array): number[] {
  const bands: number[] = [];
  for (let b = 0; b < BAND_COUNT; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) {
      h ^= signature[b * BAND_ROWS + r]!;
      h = mix(Math.imul(h, 0x01000193));
    }
    bands.push(h | 0);
  }
  return bands;
}
