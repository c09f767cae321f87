// What the background needs from storage, as interfaces: the request handler is tested with
// in-memory fakes, and the Dexie implementations below are tested in the browser.
import type { Clipping, WatchRule } from '../../../shared/model.ts';
import type { AnchorState } from '../protocol/anchor-states.ts';
import type { ClippingDraft } from '../protocol/requests.ts';

export interface ClippingStore {
  /** @throws StorageWriteError; nothing is written when it throws. */
  add(draft: ClippingDraft, url: string): Promise<Clipping>;
  forUrl(url: string): Promise<Clipping[]>;
  /** Newest first. */
  all(): Promise<Clipping[]>;
  /** Those of `urls` (exact page addresses) that have at least one clipping. */
  clippedUrls(urls: readonly string[]): Promise<string[]>;
}

/** One visit's outcome for one clipping. */
export type AnchorOutcome = Pick<AnchorState, 'clippingId' | 'status' | 'reason'>;

export interface AnchorStateStore {
  /**
   * Records a visit to `url`: these clippings' states replace the page's earlier ones (states
   * of clippings the visit did not report, deleted since, go). @throws StorageWriteError
   */
  record(url: string, outcomes: readonly AnchorOutcome[], at: Date): Promise<void>;
  all(): Promise<AnchorState[]>;
}

export interface RuleStore {
  list(): Promise<WatchRule[]>;
  /** Replaces every rule at once. @throws StorageWriteError; the old rules stay when it throws. */
  replace(rules: readonly WatchRule[]): Promise<void>;
}

export interface SettingStore {
  get<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): Promise<T>;
  /** @throws StorageWriteError */
  set(key: string, value: unknown): Promise<void>;
}
