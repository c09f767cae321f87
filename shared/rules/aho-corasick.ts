// Multi-pattern search in one pass over UTF-16 code units (Aho–Corasick). Researchers keep
// hundreds of terms and the extension scans every page, so the automaton is compiled once
// per rule set and each scan costs one table walk per code unit, whatever the number of terms.

const NONE = -1;

export class AhoCorasick {
  /** Root transitions, dense: most text units fall straight back to the root here. */
  private readonly rootNext: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Int32Array;
  private readonly edgeLabel: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** The first state at or below this one (along failure links) where a pattern ends; 0 if none. */
  private readonly report: Int32Array;
  private readonly patternAt: Int32Array;
  private readonly nextReport: Int32Array;
  readonly patternLengths: Int32Array;

  /** `patterns` must be non-empty strings; duplicates share one index (the first). */
  constructor(patterns: readonly string[]) {
    const children: Map<number, number>[] = [new Map()];
    const patternAt: number[] = [NONE];
    this.patternLengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      this.patternLengths[index] = pattern.length;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let next = children[state]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          patternAt.push(NONE);
          children[state]!.set(c, next);
        }
        state = next;
      }
      if (pattern.length > 0 && patternAt[state] === NONE) patternAt[state] = index;
    });

    const n = children.length;
    this.rootNext = new Int32Array(0x10000);
    this.edgeStart = new Int32Array(n);
    this.edgeCount = new Int32Array(n);
    const totalEdges = n - 1;
    this.edgeLabel = new Uint16Array(totalEdges);
    this.edgeTarget = new Int32Array(totalEdges);
    let e = 0;
    for (let s = 0; s < n; s++) {
      const sorted = [...children[s]!.entries()].sort((a, b) => a[0] - b[0]);
      this.edgeStart[s] = e;
      this.edgeCount[s] = sorted.length;
      for (const [label, target] of sorted) {
        this.edgeLabel[e] = label;
        this.edgeTarget[e] = target;
        e++;
        if (s === 0) this.rootNext[label] = target;
      }
    }

    this.patternAt = Int32Array.from(patternAt);
    this.fail = new Int32Array(n);
    this.report = new Int32Array(n);
    this.nextReport = new Int32Array(n);
    // Breadth-first, so a state's failure target is final before its children need it.
    const queue: number[] = [];
    for (const child of children[0]!.values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const f = this.fail[s]!;
      this.nextReport[s] = this.patternAt[f]! !== NONE ? f : this.report[f]!;
      this.report[s] = this.patternAt[s]! !== NONE ? s : this.nextReport[s]!;
      for (const [label, child] of children[s]!) {
        this.fail[child] = this.step(f, label);
        queue.push(child);
      }
    }
  }

  private child(state: number, unit: number): number {
    if (state === 0) return this.rootNext[unit]! || NONE;
    let lo = this.edgeStart[state]!;
    let hi = lo + this.edgeCount[state]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const label = this.edgeLabel[mid]!;
      if (label === unit) return this.edgeTarget[mid]!;
      if (label < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  }

  private step(state: number, unit: number): number {
    let s = state;
    for (;;) {
      const next = this.child(s, unit);
      if (next !== NONE) return next;
      if (s === 0) return 0;
      s = this.fail[s]!;
    }
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence, overlapping ones included. */
  scan(text: string | Uint16Array, onMatch: (patternIndex: number, end: number) => void): void {
    if (typeof text === 'string') {
      const units = new Uint16Array(text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      this.scanUnits(units, onMatch);
    } else {
      this.scanUnits(text, onMatch);
    }
  }

  private scanUnits(text: Uint16Array, onMatch: (patternIndex: number, end: number) => void): void {
    const {
      rootNext,
      fail,
      report,
      patternAt,
      nextReport,
      edgeStart,
      edgeCount,
      edgeLabel,
      edgeTarget,
    } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text[i]!;
      // The step is written out here (not a method call): this loop is the matcher's hot path.
      for (;;) {
        if (s === 0) {
          s = rootNext[unit]!;
          break;
        }
        let lo = edgeStart[s]!;
        let hi = lo + edgeCount[s]! - 1;
        let next = 0;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const label = edgeLabel[mid]!;
          if (label === unit) {
            next = edgeTarget[mid]!;
            break;
          }
          if (label < unit) lo = mid + 1;
          else hi = mid - 1;
        }
        if (next !== 0) {
          s = next;
          break;
        }
        s = fail[s]!;
      }
      if (s === 0) continue;
      let r = report[s]!;
      while (r !== 0) {
        onMatch(patternAt[r]!, i + 1);
        r = nextReport[r]!;
      }
    }
  }
}
