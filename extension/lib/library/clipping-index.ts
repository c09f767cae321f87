// The side panel's search index: each clipping's searchable text folded once (巡視 and 巡视, ＡＩ
// and ai read alike), kept in memory and updated clipping by clipping as the background reports
// changes. A search is a substring scan of the folded texts (no word splitting, which Chinese
// does not have) plus the filters: milliseconds for 50,000 clippings.
import type { Clipping, WatchRule } from '../../../shared/model.ts';
import { compileRules, type RuleMatcher } from '../../../shared/rules/rule-matcher.ts';
import { profileForUrl } from '../../../shared/sites/index.ts';
import { urlHostKey } from '../sites/site-hosts.ts';
import { type ClippingQuery, countsOf, localDay } from './clipping-query.ts';
import { foldedSearchTexts, foldQuery } from './search-text.ts';

interface Entry {
  clipping: Clipping;
  time: number;
  /** Folded quote, note, titles and tags (search-text.ts). */
  folded: string;
  host: string;
  /** The rules the clipping satisfies, worked out the first time a rule filter asks. */
  rules?: string[];
}

const newer = (a: Entry, b: Entry) => b.time - a.time || (a.clipping.id < b.clipping.id ? -1 : 1);

export class ClippingIndex {
  private readonly entries = new Map<string, Entry>();
  /** Newest first; rebuilt lazily after changes. */
  private sorted: Entry[] | undefined;
  private matcher: RuleMatcher | undefined;
  private orphanIds: ReadonlySet<string> = new Set();

  constructor(clippings: Iterable<Clipping> = [], rules: readonly WatchRule[] = []) {
    this.upsert(clippings);
    this.setRules(rules);
    // Sorted now, while the panel loads, not on the first keystroke.
    this.newestFirst();
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): Clipping | undefined {
    return this.entries.get(id)?.clipping;
  }

  upsert(clippings: Iterable<Clipping>): void {
    const list = [...clippings];
    const folded = foldedSearchTexts(list);
    const added = list.map(
      (clipping, i): Entry => ({
        clipping,
        time: Date.parse(clipping.createdAt),
        folded: folded[i]!,
        host: urlHostKey(clipping.url) ?? '',
      }),
    );
    // A few changes (an edit, a new clipping) move within the sorted list; many re-sort.
    const patch = this.sorted && added.length <= 100;
    if (patch) this.unsort(list.map((c) => c.id));
    for (const e of added) {
      this.entries.set(e.clipping.id, e);
      if (patch) this.sorted!.splice(this.insertionPoint(e), 0, e);
    }
    if (!patch) this.sorted = undefined;
  }

  remove(ids: Iterable<string>): void {
    const list = [...ids];
    if (this.sorted && list.length <= 100) this.unsort(list);
    else this.sorted = undefined;
    for (const id of list) this.entries.delete(id);
  }

  private unsort(ids: readonly string[]): void {
    for (const id of ids) {
      const e = this.entries.get(id);
      const at = e ? this.sorted!.indexOf(e) : -1;
      if (at >= 0) this.sorted!.splice(at, 1);
    }
  }

  private insertionPoint(e: Entry): number {
    const sorted = this.sorted!;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newer(sorted[mid]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  setRules(rules: readonly WatchRule[]): void {
    this.matcher = rules.length ? compileRules(rules) : undefined;
    for (const e of this.entries.values()) e.rules = undefined;
  }

  setOrphaned(ids: Iterable<string>): void {
    this.orphanIds = new Set(ids);
  }

  isOrphaned(id: string): boolean {
    return this.orphanIds.has(id);
  }

  private rulesOf(e: Entry): string[] {
    if (!e.rules) {
      const c = e.clipping;
      const siteId = profileForUrl(c.url)?.id;
      const title = c.notice?.title || c.pageTitle;
      e.rules = this.matcher?.matchNotice({ title, body: c.quote, siteId }).rules ?? [];
    }
    return e.rules;
  }

  private newestFirst(): Entry[] {
    this.sorted ??= [...this.entries.values()].sort(newer);
    return this.sorted;
  }

  /** The clippings that fit every part of the query, newest first. */
  search(query: ClippingQuery): Clipping[] {
    const needle = foldQuery(query.text ?? '');
    const from = localDay(query.from);
    const until = localDay(query.to, 1);
    const out: Clipping[] = [];
    for (const e of this.newestFirst()) {
      if (needle && !e.folded.includes(needle)) continue;
      if (query.tag && !e.clipping.tags.includes(query.tag)) continue;
      if (query.host && e.host !== query.host) continue;
      if (!Number.isNaN(from) && e.time < from) continue;
      if (!Number.isNaN(until) && e.time >= until) continue;
      if (query.orphanedOnly && !this.orphanIds.has(e.clipping.id)) continue;
      if (query.rule && !this.rulesOf(e).includes(query.rule)) continue;
      out.push(e.clipping);
    }
    return out;
  }

  /** Tags with how many clippings carry each, most used first. */
  tagCounts(): [string, number][] {
    return countsOf([...this.entries.values()].flatMap((e) => e.clipping.tags));
  }

  /** Sites (host keys) with their clipping counts, most clipped first. */
  hostCounts(): [string, number][] {
    return countsOf(Array.from(this.entries.values(), (e) => e.host).filter(Boolean));
  }
}
