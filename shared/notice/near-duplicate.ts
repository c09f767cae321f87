// Near-identical bodies (a notice reposted by another site with a different header or a
// trimmed footer): Jaccard similarity of character 5-gram shingles, and a MinHash signature
// cut into LSH bands so a store finds candidates with an index lookup instead of comparing
// a new notice with every stored one. Signatures are persisted (as bands): the hash, the bins
// and the band layout must never change (a change needs a store migration that recomputes them).
//
// The signature is one-permutation MinHash with optimal densification (Li, Owen and Zhang 2012;
// Shrivastava 2017): each shingle is hashed once, into one of 64 bins by its top bits, and a bin
// keeps its smallest value; an empty bin takes the value of the first filled bin along a probe
// sequence of its own. Two bodies agree on a bin with probability their Jaccard similarity, as
// with 64 independent hash functions; those cost 64 hashes per shingle (the demo's 242 bodies:
// 23 ms, against 2.4 ms here).

export const SHINGLE_SIZE = 5;
export const SIGNATURE_SIZE = 64;
export const BAND_ROWS = 4;
export const BAND_COUNT = SIGNATURE_SIZE / BAND_ROWS;

/** log2(SIGNATURE_SIZE): a hash's top bits choose its bin, the rest is its value. */
const BIN_BITS = 6;
const VALUE_MASK = 2 ** (32 - BIN_BITS) - 1;
const EMPTY = 0xffffffff;

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

function addToBins(bins: Uint32Array, shingle: number): void {
  const h = mix(shingle);
  const bin = h >>> (32 - BIN_BITS);
  const value = h & VALUE_MASK;
  if (value < bins[bin]!) bins[bin] = value;
}

/** The bin an empty bin borrows from on its `attempt`th probe: fixed per bin, not per body. */
function probe(bin: number, attempt: number): number {
  return mix(Math.imul(bin + 1, 0x9e3779b1) ^ attempt) >>> (32 - BIN_BITS);
}

/** Every empty bin filled from a filled one (a body with no shingle keeps all bins empty). */
function densify(bins: Uint32Array): Uint32Array {
  if (bins.every((v) => v === EMPTY)) return bins;
  const signature = bins.slice();
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    if (bins[bin] !== EMPTY) continue;
    let from = -1;
    // 64 probes miss the one filled bin of a one-shingle body with probability (63/64)^64 ≈ 1/e;
    // after 1,024 the walk to the next filled bin settles it (≈ 10^-7 of such bins).
    for (let attempt = 1; attempt <= 1024 && from < 0; attempt++) {
      const j = probe(bin, attempt);
      if (bins[j] !== EMPTY) from = j;
    }
    for (let step = 1; from < 0; step++) {
      const j = (bin + step) % SIGNATURE_SIZE;
      if (bins[j] !== EMPTY) from = j;
    }
    signature[bin] = bins[from]!;
  }
  return signature;
}

export function minHashSignature(set: ReadonlySet<number>): Uint32Array {
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  for (const x of set) addToBins(bins, x);
  return densify(bins);
}

/**
 * minHashSignature(shingles(text)), without building the set: a minimum does not change when a
 * shingle comes twice, and the set of a body's thousands of shingles cost as much as the hashing.
 */
export function textMinHash(text: string, size = SHINGLE_SIZE): Uint32Array {
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  if (text.length === 0) return bins;
  if (text.length <= size) {
    addToBins(bins, hashUnits(text, 0, text.length));
    return densify(bins);
  }
  for (let i = 0; i + size <= text.length; i++) addToBins(bins, hashUnits(text, i, i + size));
  return densify(bins);
}

/**
 * One hash per band of BAND_ROWS signature values. Two bodies with Jaccard similarity s share
 * at least one band with probability about 1 - (1 - s^4)^16: 0.9999 at s = 0.9, 0.64 at s = 0.5.
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
