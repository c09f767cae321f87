// The watch-rule matcher (DESIGN.md "Watch rules"): compiled once per rule set, then one
// folding pass and one automaton pass per text, whatever the number of rules and terms.
import type { RuleField, WatchRule } from '../model.ts';
import { type FoldedText, foldText } from '../text/fold-text.ts';
import { AhoCorasick } from './aho-corasick.ts';

export interface MatchSpan {
  rule: string;
  /** The term as the rule writes it (the page may hold another script or width of it). */
  term: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

export interface FieldSpan extends MatchSpan {
  field: RuleField;
}

export interface TextMatch {
  /** Ids of the rules that hold, in rule-file order. */
  rules: string[];
  /** Occurrences of the `any`/`all` terms of the rules that hold, by start offset. */
  spans: MatchSpan[];
}

export interface MatchOptions {
  field?: RuleField;
  siteId?: string;
}

/** Regions of one scanned text (see RuleMatcher.regionsOf). */
export interface RegionMatcher {
  match(from: number, to: number, options?: MatchOptions): TextMatch;
  /**
   * Many regions at once: `regions` holds [from, to) pairs. For each region, the ids of the
   * rules that hold there (undefined when none); and the spans of all regions, region after
   * region — what `match` gives for each, in one loop instead of thousands of calls.
   * `besides`: the options of a match of the whole text whose spans the caller shows anyway
   * (`match(0, text.length, besides)`); the spans that match holds are left out.
   */
  matchEach(
    regions: ArrayLike<number>,
    options?: MatchOptions,
    besides?: MatchOptions,
  ): RegionsMatch;
}

export interface RegionsMatch {
  rules: (string[] | undefined)[];
  spans: MatchSpan[];
}

export interface NoticeMatch {
  rules: string[];
  spans: FieldSpan[];
}

interface CompiledRule {
  rule: WatchRule;
  any: number[];
  all: number[];
  none: number[];
  fields: readonly RuleField[] | undefined;
  sites: ReadonlySet<string> | undefined;
}

/** Positive uses of a pattern: which rule, under which spelling. */
interface PatternUse {
  rule: number;
  term: string;
}

interface Occurrences {
  folded: FoldedText;
  /** Which patterns occur at all. */
  present: Uint8Array;
  /** Pairs (pattern, folded end offset), in the order the automaton reports them. */
  found: Int32Array;
  count: number;
}

const isWordUnit = (u: number) => (u >= 0x30 && u <= 0x39) || (u >= 0x61 && u <= 0x7a);
const everywhere = () => true;

export class RuleMatcher {
  private readonly compiled: CompiledRule[];
  private readonly automaton: AhoCorasick;
  private readonly uses: PatternUse[][];
  /** Latin-edged terms must not match inside a word: `AI` is not in `mail`. */
  private readonly boundedStart: Uint8Array;
  private readonly boundedEnd: Uint8Array;
  readonly patternCount: number;

  constructor(readonly rules: readonly WatchRule[]) {
    const index = new Map<string, number>();
    const patterns: string[] = [];
    const intern = (term: string): number => {
      const folded = foldText(term).text.trim();
      let i = index.get(folded);
      if (i === undefined) {
        i = patterns.length;
        index.set(folded, i);
        patterns.push(folded);
      }
      return i;
    };
    this.uses = [];
    this.compiled = rules.map((rule, r) => {
      const ids = (terms: readonly string[] | undefined, positive: boolean) =>
        (terms ?? [])
          .filter((t) => foldText(t).text.trim() !== '')
          .map((t) => {
            const i = intern(t);
            if (positive) {
              this.uses[i] ??= [];
              if (!this.uses[i].some((u) => u.rule === r)) this.uses[i].push({ rule: r, term: t });
            }
            return i;
          });
      return {
        rule,
        any: ids(rule.any, true),
        all: ids(rule.all, true),
        none: ids(rule.none, false),
        fields: rule.fields?.length ? rule.fields : undefined,
        sites: rule.sites?.length ? new Set(rule.sites) : undefined,
      };
    });
    this.patternCount = patterns.length;
    this.automaton = new AhoCorasick(patterns);
    this.boundedStart = Uint8Array.from(patterns, (p) => (isWordUnit(p.charCodeAt(0)) ? 1 : 0));
    this.boundedEnd = Uint8Array.from(patterns, (p) =>
      isWordUnit(p.charCodeAt(p.length - 1)) ? 1 : 0,
    );
  }

  /**
   * Matches one text. With `field`, only rules that look at that field apply; without it the
   * text counts for every field. A rule limited to `sites` applies only when `siteId` is one
   * of them, or when the site is unknown.
   */
  matchText(text: string, options: MatchOptions = {}): TextMatch {
    const occurrences = this.scan(foldText(text));
    const holding = this.holdingRules(occurrences.present, options.field, options.siteId);
    return {
      rules: holding.map((r) => this.compiled[r]!.rule.id),
      spans: this.spansOf(occurrences, holding),
    };
  }

  /**
   * Only which rules hold, without spans: what the crawler records per notice. Cheaper than
   * matchText on pages with many occurrences.
   */
  matchingRules(text: string, options: MatchOptions = {}): string[] {
    const occurrences = this.scan(foldText(text), false);
    return this.holdingRules(occurrences.present, options.field, options.siteId).map(
      (r) => this.compiled[r]!.rule.id,
    );
  }

  /**
   * Which rules a notice satisfies (in one of their fields), without spans: what the crawler
   * stores per notice and what exports filter on.
   */
  noticeRules(input: { title?: string; body?: string; siteId?: string }): string[] {
    const holds = new Set<number>();
    const texts: [RuleField, string | undefined][] = [
      ['title', input.title],
      ['body', input.body],
    ];
    for (const [field, text] of texts) {
      if (!text) continue;
      const { present } = this.scan(foldText(text), false);
      for (const r of this.holdingRules(present, field, input.siteId)) holds.add(r);
    }
    return [...holds].sort((a, b) => a - b).map((r) => this.compiled[r]!.rule.id);
  }

  /** Matches a notice's title and body: a rule holds when it holds in one of its fields. */
  matchNotice(input: { title?: string; body?: string; siteId?: string }): NoticeMatch {
    const holds = new Set<number>();
    const spans: FieldSpan[] = [];
    const texts: [RuleField, string | undefined][] = [
      ['title', input.title],
      ['body', input.body],
    ];
    for (const [field, text] of texts) {
      if (!text) continue;
      const occurrences = this.scan(foldText(text));
      const holding = this.holdingRules(occurrences.present, field, input.siteId);
      for (const r of holding) holds.add(r);
      for (const span of this.spansOf(occurrences, holding)) spans.push({ ...span, field });
    }
    const rules = [...holds].sort((a, b) => a - b).map((r) => this.compiled[r]!.rule.id);
    return { rules, spans };
  }

  /**
   * Prepares to match regions of one text, each as `matchText` would match that region's text
   * on its own (its edges count as text edges for Latin word boundaries), with one fold and
   * one scan of the whole text: a list page's thousands of titles within the page's text.
   * Regions are [from, to) offsets of `text`, and so are the spans returned. `text` may come
   * folded already (`foldText(text)`): a caller that must not hold the thread for long folds
   * in one task and scans in the next (the two were one ~35–45 ms task on a 5,000-entry list).
   */
  regionsOf(text: string | FoldedText): RegionMatcher {
    const all = this.scan(typeof text === 'string' ? foldText(text) : text, true, false);
    const { folded, found } = all;
    const lengths = this.automaton.patternLengths;
    const units = folded.units;
    const count = all.count / 2;
    // Each occurrence's place in the original text, and the occurrences in order of start.
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const foldedEnd = found[2 * k + 1]!;
      starts[k] = folded.originalStart(foldedEnd - lengths[found[2 * k]!]!);
      ends[k] = folded.originalEnd(foldedEnd - 1);
    }
    const byStart = Int32Array.from({ length: count }, (_, k) => k).sort(
      (a, b) => starts[a]! - starts[b]!,
    );
    const firstFrom = (offset: number) => {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[byStart[mid]!]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const present = new Uint8Array(this.patternCount);
    const holding = new Uint8Array(this.compiled.length);
    // Per region: the occurrences inside it, and the rules they could satisfy (marked with the
    // region's own stamp, so nothing needs clearing between regions).
    const inside = new Int32Array(count);
    const candidates = new Int32Array(this.compiled.length);
    const seenIn = new Int32Array(this.compiled.length);
    let stamp = 0;
    // What a match of the whole text shows: its rules, and the occurrences it keeps (a
    // Latin-edged one running into a word at a region's edge is kept there, not in the whole).
    let kept: Uint8Array | undefined;
    const whole = new Map<string, Uint8Array>();
    const wholeRules = ({ field, siteId }: MatchOptions): Uint8Array => {
      const key = `${field ?? ''}\u0000${siteId ?? ''}`;
      let flags = whole.get(key);
      if (flags) return flags;
      if (!kept) {
        kept = new Uint8Array(count);
        for (let k = 0; k < count; k++) {
          const pattern = found[2 * k]!;
          kept[k] = this.runsIntoWord(units, pattern, found[2 * k + 1]!, everywhere) ? 0 : 1;
        }
      }
      const wholePresent = new Uint8Array(this.patternCount);
      for (let k = 0; k < count; k++) if (kept[k]) wholePresent[found[2 * k]!] = 1;
      flags = new Uint8Array(this.compiled.length);
      for (const r of this.holdingRules(wholePresent, field, siteId)) flags[r] = 1;
      whole.set(key, flags);
      return flags;
    };
    const matchEach = (
      regions: ArrayLike<number>,
      options: MatchOptions = {},
      besides?: MatchOptions,
    ): RegionsMatch => {
      const rules: (string[] | undefined)[] = [];
      const spans: MatchSpan[] = [];
      const omit = besides && { rules: wholeRules(besides), kept: kept! };
      for (let region = 0; 2 * region + 1 < regions.length; region++) {
        const from = regions[2 * region]!;
        const to = regions[2 * region + 1]!;
        // A unit next to a term counts for its word boundary only when it is in the region
        // (made only for a Latin-edged term: most regions of a Chinese page hold none).
        let inRegion: ((unit: number) => boolean) | undefined;
        let n = 0;
        for (let i = firstFrom(from); i < count && starts[byStart[i]!]! < to; i++) {
          const k = byStart[i]!;
          if (ends[k]! > to) continue;
          const pattern = found[2 * k]!;
          const bounded = this.boundedStart[pattern] === 1 || this.boundedEnd[pattern] === 1;
          if (bounded) {
            inRegion ??= (unit) =>
              folded.originalStart(unit) >= from && folded.originalEnd(unit) <= to;
            if (this.runsIntoWord(units, pattern, found[2 * k + 1]!, inRegion)) continue;
          }
          inside[n++] = k;
        }
        if (n === 0) {
          rules.push(undefined);
          continue;
        }
        // Back in the order the automaton reported them, as appendSpans expects.
        sortAscending(inside, n);
        stamp++;
        let c = 0;
        for (let j = 0; j < n; j++) {
          const pattern = found[2 * inside[j]!]!;
          present[pattern] = 1;
          for (const use of this.uses[pattern] ?? []) {
            if (seenIn[use.rule] === stamp) continue;
            seenIn[use.rule] = stamp;
            candidates[c++] = use.rule;
          }
        }
        sortAscending(candidates, c);
        const ids: string[] = [];
        for (let j = 0; j < c; j++) {
          const r = candidates[j]!;
          if (!this.holds(r, present, options.field, options.siteId)) continue;
          holding[r] = 1;
          ids.push(this.compiled[r]!.rule.id);
        }
        for (let j = 0; j < n; j++) present[found[2 * inside[j]!]!] = 0;
        rules.push(ids.length > 0 ? ids : undefined);
        if (ids.length === 0) continue;
        this.appendSpans(spans, folded, found, inside, n, holding, omit);
        for (let j = 0; j < c; j++) holding[candidates[j]!] = 0;
      }
      return { rules, spans };
    };
    const match = (from: number, to: number, options: MatchOptions = {}): TextMatch => {
      const { rules, spans } = matchEach([from, to], options);
      return { rules: rules[0] ?? [], spans };
    };
    return { match, matchEach };
  }

  /**
   * Whether a Latin-edged term ending at folded unit `end` runs into a word: the unit before or
   * after it is a letter or digit, counted only where `counts(unit)` (the text being matched).
   */
  private runsIntoWord(
    units: Uint16Array,
    pattern: number,
    end: number,
    counts: (unit: number) => boolean,
  ): boolean {
    const start = end - this.automaton.patternLengths[pattern]!;
    return (
      (this.boundedStart[pattern] === 1 &&
        start > 0 &&
        counts(start - 1) &&
        isWordUnit(units[start - 1]!)) ||
      (this.boundedEnd[pattern] === 1 &&
        end < units.length &&
        counts(end) &&
        isWordUnit(units[end]!))
    );
  }

  /** With `bounded` false, Latin word boundaries are left for the caller to check. */
  private scan(folded: FoldedText, keep = true, bounded = true): Occurrences {
    const text = folded.units;
    const present = new Uint8Array(this.patternCount);
    const { boundedStart, boundedEnd } = this;
    let found = new Int32Array(256);
    let n = 0;
    this.automaton.scan(text, (pattern, end) => {
      if (
        bounded &&
        (boundedStart[pattern] || boundedEnd[pattern]) &&
        this.runsIntoWord(text, pattern, end, everywhere)
      )
        return;
      present[pattern] = 1;
      if (!keep) return;
      if (n === found.length) {
        const grown = new Int32Array(found.length * 2);
        grown.set(found);
        found = grown;
      }
      found[n++] = pattern;
      found[n++] = end;
    });
    return { folded, present, found, count: n };
  }

  /** The rules that hold, in rule-file order. */
  private holdingRules(
    present: Uint8Array,
    field: RuleField | undefined,
    siteId: string | undefined,
  ): number[] {
    const out: number[] = [];
    for (let r = 0; r < this.compiled.length; r++) {
      if (this.holds(r, present, field, siteId)) out.push(r);
    }
    return out;
  }

  /** Whether rule `r` holds, given which patterns are present. */
  private holds(
    r: number,
    present: Uint8Array,
    field: RuleField | undefined,
    siteId: string | undefined,
  ): boolean {
    const c = this.compiled[r]!;
    if (field && c.fields && !c.fields.includes(field)) return false;
    if (siteId && c.sites && !c.sites.has(siteId)) return false;
    if (c.any.length && !c.any.some((p) => present[p])) return false;
    if (!c.all.every((p) => present[p])) return false;
    if (c.none.some((p) => present[p])) return false;
    return c.any.length > 0 || c.all.length > 0;
  }

  private spansOf(occurrences: Occurrences, holdingRules: readonly number[]): MatchSpan[] {
    const spans: MatchSpan[] = [];
    if (holdingRules.length === 0) return spans;
    const holding = new Uint8Array(this.compiled.length);
    for (const r of holdingRules) holding[r] = 1;
    const { folded, found, count } = occurrences;
    this.appendSpans(spans, folded, found, undefined, count / 2, holding);
    return spans;
  }

  /**
   * Appends the spans of `n` occurrences (pairs of `found`: the first n, or those `which`
   * lists, in the order the automaton reported them) for the rules flagged in `holding`,
   * sorted among themselves by start, end, then rule order. `omit`: for the occurrences it
   * flags as kept, the rules whose spans are shown already.
   */
  private appendSpans(
    spans: MatchSpan[],
    folded: FoldedText,
    found: Int32Array,
    which: Int32Array | undefined,
    n: number,
    holding: Uint8Array,
    omit?: { rules: Uint8Array; kept: Uint8Array },
  ): void {
    const first = spans.length;
    const order: number[] = [];
    const lengths = this.automaton.patternLengths;
    for (let j = 0; j < n; j++) {
      const k = which ? which[j]! : j;
      const pattern = found[2 * k]!;
      const uses = this.uses[pattern];
      if (!uses) continue;
      let start = -1;
      let end = -1;
      const omitted = omit?.kept[k] === 1 ? omit.rules : undefined;
      for (const use of uses) {
        if (!holding[use.rule] || omitted?.[use.rule]) continue;
        if (start < 0) {
          const foldedEnd = found[2 * k + 1]!;
          start = folded.originalStart(foldedEnd - lengths[pattern]!);
          end = folded.originalEnd(foldedEnd - 1);
        }
        spans.push({ rule: this.compiled[use.rule]!.rule.id, term: use.term, start, end });
        order.push(use.rule);
      }
    }
    // Occurrences arrive by end offset, so by start they are only locally out of order:
    // an insertion sort finishes in near-linear time where a general sort would not.
    for (let i = first + 1; i < spans.length; i++) {
      const span = spans[i]!;
      const rule = order[i - first]!;
      let j = i - 1;
      while (j >= first) {
        const other = spans[j]!;
        const cmp = other.start - span.start || other.end - span.end || order[j - first]! - rule;
        if (cmp <= 0) break;
        spans[j + 1] = other;
        order[j + 1 - first] = order[j - first]!;
        j--;
      }
      spans[j + 1] = span;
      order[j + 1 - first] = rule;
    }
  }
}

/** Sorts the first `n` numbers of `a` in place: insertion sort for the few a region holds. */
function sortAscending(a: Int32Array, n: number): void {
  if (n > 32) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

export function compileRules(rules: readonly WatchRule[]): RuleMatcher {
  return new RuleMatcher(rules);
}
