// What the background needs from storage, as interfaces: the request handler is tested with
// in-memory fakes, and the Dexie implementations below are tested in the browser.
import type { Clipping, WatchRule } from '../../../shared/model.ts';
import type { ClippingDraft } from '../protocol/requests.ts';

export interface ClippingStore {
  /** @throws StorageWriteError; nothing is written when it throws. */
  add(draft: ClippingDraft, url: string): Promise<Clipping>;
  forUrl(url: string): Promise<Clipping[]>;
  /** Newest first. */
  all(): Promise<Clipping[]>;
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
