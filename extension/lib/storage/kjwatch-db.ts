// The extension's database. It lives in the extension's origin: only the background and
// extension pages open it. A content script never does — IndexedDB opened there would belong to
// the visited site, where the site's own scripts could read it.
import { Dexie, type EntityTable } from 'dexie';
import type { Clipping, WatchRule } from '../../../shared/model.ts';
import type { AnchorState } from '../protocol/anchor-states.ts';
import { DB_NAME, defineSchema } from './schema.ts';

/** A clipping as stored: with its site's host key (schema version 2). */
export interface StoredClipping extends Clipping {
  host: string;
  /** Set while the side panel still offers to undo a delete; the clipping is purged after. */
  deletedAt?: string;
}

/** A clipping that is not waiting to be purged: the only kind pages and exports see. */
export function isLive(row: StoredClipping): boolean {
  return row.deletedAt === undefined;
}

/** Rules are kept one per row, in the order of the rules file. */
export interface StoredRule {
  id: string;
  position: number;
  rule: WatchRule;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

export class KjwatchDb extends Dexie {
  // `declare`, not fields: class fields would be initialised after super() and hide the tables
  // Dexie defines.
  declare clippings: EntityTable<StoredClipping, 'id'>;
  declare rules: EntityTable<StoredRule, 'id'>;
  declare settings: EntityTable<StoredSetting, 'key'>;
  declare anchorStates: EntityTable<AnchorState, 'clippingId'>;

  constructor(name: string = DB_NAME) {
    super(name);
    defineSchema(this);
  }
}
