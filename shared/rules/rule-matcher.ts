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

/** Regions of one scanned text, matched one at a time (see RuleMatcher.regionsOf). */
export interface RegionMatcher {
  match(from: number, to: number, options?: MatchOptions): TextMatch;
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
   * Regions are [from, to) offsets of `text`, and so are the spans returned.
   */
  regionsOf(text: string): RegionMatcher {
    const all = this.scan(foldText(text), true, false);
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
    const match = (from: number, to: number, options: MatchOptions = {}): TextMatch => {
      const inside: number[] = [];
      // A unit next to a term counts for its word boundary only when it is in the region.
      const inRegion = (unit: number) =>
        folded.originalStart(unit) >= from && folded.originalEnd(unit) <= to;
      for (let i = firstFrom(from); i < count && starts[byStart[i]!]! < to; i++) {
        const k = byStart[i]!;
        if (ends[k]! <= to && !this.runsIntoWord(units, found[2 * k]!, found[2 * k + 1]!, inRegion))
          inside.push(k);
      }
      if (inside.length === 0) return { rules: [], spans: [] };
      // Back in the order the automaton reported them, as spansOf expects.
      inside.sort((a, b) => a - b);
      const candidates = new Set<number>();
      const regionFound = new Int32Array(inside.length * 2);
      inside.forEach((k, j) => {
        const pattern = found[2 * k]!;
        present[pattern] = 1;
        for (const use of this.uses[pattern] ?? []) candidates.add(use.rule);
        regionFound[2 * j] = pattern;
        regionFound[2 * j + 1] = found[2 * k + 1]!;
      });
      const holding = this.holdingRules(present, options.field, options.siteId, [...candidates]);
      for (const k of inside) present[found[2 * k]!] = 0;
      const occurrences = { folded, present, found: regionFound, count: regionFound.length };
      return {
        rules: holding.map((r) => this.compiled[r]!.rule.id),
        spans: this.spansOf(occurrences, holding),
      };
    };
    return { match };
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

  /**
   * The rules that hold, in rule-file order. `candidates`: the only rules that can (those with
   * a positive term present), so that a short title need not test every rule.
   */
  private holdingRules(
    present: Uint8Array,
    field: RuleField | undefined,
    siteId: string | undefined,
    candidates?: number[],
  ): number[] {
    const out: number[] = [];
    const test = (r: number) => {
      const c = this.compiled[r]!;
      if (field && c.fields && !c.fields.includes(field)) return;
      if (siteId && c.sites && !c.sites.has(siteId)) return;
      if (c.any.length && !c.any.some((p) => present[p])) return;
      if (!c.all.every((p) => present[p])) return;
      if (c.none.some((p) => present[p])) return;
      if (!c.any.length && !c.all.length) return;
      out.push(r);
    };
    if (candidates) for (const r of candidates.sort((a, b) => a - b)) test(r);
    else for (let r = 0; r < this.compiled.length; r++) test(r);
    return out;
  }

  private spansOf(occurrences: Occurrences, holdingRules: readonly number[]): MatchSpan[] {
    const spans: MatchSpan[] = [];
    const order: number[] = [];
    if (holdingRules.length === 0) return spans;
    const holding = new Uint8Array(this.compiled.length);
    for (const r of holdingRules) holding[r] = 1;
    const { folded, found, count } = occurrences;
    const lengths = this.automaton.patternLengths;
    for (let k = 0; k < count; k += 2) {
      const pattern = found[k]!;
      const uses = this.uses[pattern];
      if (!uses) continue;
      let start = -1;
      let end = -1;
      for (const use of uses) {
        if (!holding[use.rule]) continue;
        if (start < 0) {
          const foldedEnd = found[k + 1]!;
          start = folded.originalStart(foldedEnd - lengths[pattern]!);
          end = folded.originalEnd(foldedEnd - 1);
        }
        spans.push({ rule: this.compiled[use.rule]!.rule.id, term: use.term, start, end });
        order.push(use.rule);
      }
    }
    // Occurrences arrive by end offset, so by start they are only locally out of order:
    // an insertion sort finishes in near-linear time where a general sort would not.
    for (let i = 1; i < spans.length; i++) {
      const span = spans[i]!;
      const rule = order[i]!;
      let j = i - 1;
      while (j >= 0) {
        const other = spans[j]!;
        const cmp = other.start - span.start || other.end - span.end || order[j]! - rule;
        if (cmp <= 0) break;
        spans[j + 1] = other;
        order[j + 1] = order[j]!;
        j--;
      }
      spans[j + 1] = span;
      order[j + 1] = rule;
    }
    return spans;
  }
}

export function compileRules(rules: readonly WatchRule[]): RuleMatcher {
  return new RuleMatcher(rules);
}
