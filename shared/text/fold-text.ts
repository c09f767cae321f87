// Folding text for matching and comparison: NFKC per character (full-width → half-width,
// compatibility ideographs → unified), Latin lower case, traditional → simplified, whitespace
// runs → one space (none between two Han characters, where pages pad names and labels),
// zero-width characters and leaked ruby pinyin `學(xué)` dropped. Every folded UTF-16 unit
// remembers the original span it came from, so a match in folded text can be shown on the
// original.
import { foldHan } from './han-fold.ts';

export interface FoldedText {
  /** The folded text (made from `units` on first use). */
  readonly text: string;
  /** The folded text as UTF-16 units, for scanners that need no string. */
  readonly units: Uint16Array;
  /** The original offset where the character behind folded unit `k` starts. */
  originalStart(k: number): number;
  /** The original offset just past the character behind folded unit `k`. */
  originalEnd(k: number): number;
}

/**
 * Folded → original offsets as segments, not one entry per unit: almost all of a page folds
 * one unit to one unit, so a segment covers a whole run and the fast path writes nothing.
 * A `linear` segment maps unit k to original `origin + (k - at)`; a fixed one (an expansion
 * such as … → ..., a collapsed space run, an astral character) maps all its units to
 * [origin, originEnd).
 */
class FoldMap {
  at: number[] = [];
  origin: number[] = [];
  /** -1 for a linear segment. */
  originEnd: number[] = [];

  push(at: number, origin: number, originEnd: number) {
    this.at.push(at);
    this.origin.push(origin);
    this.originEnd.push(originEnd);
  }

  /** Look-ups come in nearly increasing order (matches along a text): try the last segment first. */
  private last = 0;

  private segment(k: number): number {
    const { at } = this;
    const cached = this.last;
    if (at[cached]! <= k && (cached + 1 === at.length || at[cached + 1]! > k)) return cached;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo;
  }

  start(k: number): number {
    const s = this.segment(k);
    return this.originEnd[s]! < 0 ? this.origin[s]! + (k - this.at[s]!) : this.origin[s]!;
  }

  end(k: number): number {
    const s = this.segment(k);
    return this.originEnd[s]! < 0 ? this.origin[s]! + (k - this.at[s]!) + 1 : this.originEnd[s]!;
  }
}

const DELETE = -1;
const SPACE = -2;
const COMPLEX = -3;
const SURROGATE = -4;
/** No linear segment is open (a value `start - n` can never take). */
const NO_SEGMENT = -0x7fffffff;
const UNKNOWN = 0x7fffffff;

// Per BMP code unit: the single folded unit, or DELETE/SPACE/COMPLEX (see `complex`).
const bmp = new Int32Array(0x10000).fill(UNKNOWN);
const complex = new Map<number, string>();

// Invisible format characters that pages sprinkle into text (soft hyphens, zero-width spaces
// and joiners, direction marks, variation selectors, BOMs): they never separate words.
const INVISIBLE: readonly [number, number][] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];
function isInvisible(cp: number): boolean {
  for (const range of INVISIBLE) if (cp >= range[0] && cp <= range[1]) return true;
  return false;
}
const WHITE = /^\s$/u;

function foldCodePoint(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (isInvisible(cp)) return '';
  if (WHITE.test(ch)) return ' ';
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    out += String.fromCodePoint(foldHan(c.codePointAt(0)!));
  }
  return out;
}

/** CJK Unified Ideographs and Extension A: NFKC, lower case and the rest leave them as they are. */
const isUnifiedHan = (u: number) => (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf);

function classify(unit: number): number {
  // A Chinese page meets thousands of distinct characters, each classified once per page:
  // for these only the traditional → simplified fold applies.
  if (isUnifiedHan(unit)) {
    const han = foldHan(unit);
    if (han <= 0xffff) return han;
  }
  const folded = foldCodePoint(unit);
  if (folded === '') return DELETE;
  if (folded === ' ') return SPACE;
  if (folded.length === 1) return folded.charCodeAt(0);
  complex.set(unit, folded);
  return COMPLEX;
}

const astral = new Map<number, string>();
function foldAstral(cp: number): string {
  let folded = astral.get(cp);
  if (folded === undefined) {
    folded = foldCodePoint(cp);
    astral.set(cp, folded);
  }
  return folded;
}

export function isHanUnit(u: number): boolean {
  return (
    (u >= 0x4e00 && u <= 0x9fff) ||
    (u >= 0x3400 && u <= 0x4dbf) ||
    (u >= 0xf900 && u <= 0xfaff) ||
    u === 0x3007 ||
    (u >= 0xd840 && u <= 0xd8bf) // high surrogates of the supplementary ideographic planes
  );
}

// A parenthesised pinyin syllable with a tone mark, as left behind when <rt> text leaks
// into a page's text: 學(xué), 導(dǎo). Requiring a tone mark keeps real parentheses like 数据(data).
const RUBY_PINYIN = /[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,5}[)）]/y;

function skipRubyPinyin(input: string, i: number): number {
  const next = input.charCodeAt(i);
  if (next !== 0x28 && next !== 0xff08) return i;
  RUBY_PINYIN.lastIndex = i;
  return RUBY_PINYIN.test(input) ? RUBY_PINYIN.lastIndex : i;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le') : undefined;

function unitsToString(units: Uint16Array): string {
  // TextDecoder copies the buffer in one go; fromCharCode in chunks is the portable fallback.
  if (utf16) return utf16.decode(units);
  let out = '';
  for (let i = 0; i < units.length; i += 8192) {
    out += String.fromCharCode(...units.subarray(i, Math.min(units.length, i + 8192)));
  }
  return out;
}

function lookup(u: number): number {
  let c = bmp[u]!;
  if (c === UNKNOWN) {
    c = u >= 0xd800 && u <= 0xdfff ? SURROGATE : classify(u);
    bmp[u] = c;
  }
  return c;
}

/** The growable output of one fold; kept out of foldText's hot loop, which must not close over state. */
class FoldOutput {
  units: Uint16Array;
  n = 0;
  readonly map = new FoldMap();
  /** The original-minus-folded offset of the open linear segment, or NO_SEGMENT. */
  delta = NO_SEGMENT;
  last = -1;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
  }

  put(unit: number, start: number, end: number, fixed: boolean) {
    if (this.n === this.units.length) {
      const grown = new Uint16Array(this.units.length * 2 + 16);
      grown.set(this.units);
      this.units = grown;
    }
    if (!fixed) {
      if (start - this.n !== this.delta) {
        this.delta = start - this.n;
        this.map.push(this.n, start, -1);
      }
    } else {
      this.map.push(this.n, start, end);
      this.delta = NO_SEGMENT;
    }
    this.units[this.n++] = unit;
    this.last = unit;
  }

  /** Emits a pending space run (if it survives) and then `folded`, from original [start, end). */
  emit(folded: string, start: number, end: number, spaceStart: number, spaceEnd: number) {
    if (
      spaceStart >= 0 &&
      this.last >= 0 &&
      !(isHanUnit(this.last) && isHanUnit(folded.charCodeAt(0)))
    ) {
      // One space stands for the run, except between two Han characters.
      this.put(0x20, spaceStart, spaceEnd, spaceEnd - spaceStart !== 1);
    }
    // Every unit of an expansion (… → ...) maps to the whole original character.
    const fixed = folded.length > 1 || end - start !== 1;
    for (let k = 0; k < folded.length; k++) this.put(folded.charCodeAt(k), start, end, fixed);
  }
}

export function foldText(input: string): FoldedText {
  const o = new FoldOutput(input.length + 16);
  let spaceStart = -1;
  let spaceEnd = -1;
  const length = input.length;
  // The fast path keeps its state in locals and hands it to `o` only around the slow path.
  let units = o.units;
  let n = 0;
  let delta = NO_SEGMENT;
  for (let i = 0; i < length; ) {
    const u = input.charCodeAt(i);
    let c = bmp[u]!;
    if (c === UNKNOWN) c = lookup(u);
    if (c >= 0) {
      if (spaceStart < 0 && i - n === delta && n < units.length) {
        // Almost every character of a page comes through here.
        units[n++] = c;
      } else {
        o.n = n;
        o.delta = delta;
        o.last = n > 0 ? units[n - 1]! : -1;
        o.emit(String.fromCharCode(c), i, i + 1, spaceStart, spaceEnd);
        spaceStart = -1;
        units = o.units;
        n = o.n;
        delta = o.delta;
      }
      i++;
      const next = input.charCodeAt(i);
      if ((next === 0x28 || next === 0xff08) && isHanUnit(c)) i = skipRubyPinyin(input, i);
      continue;
    }
    if (c < 0 && c !== SPACE) {
      // Every other slow path goes through `o`: sync the locals once here.
      o.n = n;
      o.delta = delta;
      o.last = n > 0 ? units[n - 1]! : -1;
    }
    if (c === SPACE) {
      if (spaceStart < 0) spaceStart = i;
      spaceEnd = i + 1;
      i++;
      continue;
    }
    if (c === COMPLEX) {
      o.emit(complex.get(u)!, i, i + 1, spaceStart, spaceEnd);
      spaceStart = -1;
      units = o.units;
      n = o.n;
      delta = o.delta;
      i++;
      continue;
    }
    if (c === SURROGATE && u <= 0xdbff && i + 1 < length) {
      const lo = input.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const folded = foldAstral(((u - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
        if (folded === ' ') {
          if (spaceStart < 0) spaceStart = i;
          spaceEnd = i + 2;
        } else if (folded !== '') {
          o.emit(folded, i, i + 2, spaceStart, spaceEnd);
          spaceStart = -1;
          units = o.units;
          n = o.n;
          delta = o.delta;
        }
        i = isHanUnit(u) ? skipRubyPinyin(input, i + 2) : i + 2;
        continue;
      }
    }
    if (c === SURROGATE) {
      o.emit(String.fromCharCode(u), i, i + 1, spaceStart, spaceEnd); // a lone surrogate stays
      spaceStart = -1;
      units = o.units;
      n = o.n;
      delta = o.delta;
    }
    i++; // DELETE
  }
  const { map } = o;
  const folded = units.subarray(0, n);
  let text: string | undefined;
  return {
    get text() {
      text ??= unitsToString(folded);
      return text;
    },
    units: folded,
    originalStart: (k) => map.start(k),
    originalEnd: (k) => map.end(k),
  };
}
