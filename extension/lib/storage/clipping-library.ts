// What the extension pages change in the clippings, as an interface (the request handler is
// tested with in-memory fakes; dexie-library.ts is the real one). Deleting is two steps: a soft
// delete hides a clipping at once (the side panel offers undo), a purge removes it for good.
import type { Clipping } from '../../../shared/model.ts';

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
  /** The clippings written (added or updated), for the side panel's index. */
  written: Clipping[];
}

export interface ClippingLibrary {
  /** The clipping with its new note and tags, or undefined when it is gone. @throws StorageWriteError */
  update(id: string, note: string, tags: readonly string[]): Promise<Clipping | undefined>;
  /** Hides the clippings; returns the ids it hid. @throws StorageWriteError */
  softDelete(ids: readonly string[]): Promise<string[]>;
  /** Un-hides soft-deleted clippings and returns them. @throws StorageWriteError */
  restore(ids: readonly string[]): Promise<Clipping[]>;
  /** Removes soft-deleted clippings (others are kept); returns the ids removed. */
  purge(ids: readonly string[]): Promise<string[]>;
  /** Purges what was soft-deleted before `time` (an undo window that was never closed). */
  purgeDeletedBefore(time: Date): Promise<string[]>;
  /** Merges a backup's clippings in one transaction (newer updatedAt wins). */
  merge(clippings: readonly Clipping[]): Promise<ImportOutcome>;
}
