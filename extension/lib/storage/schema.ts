// The database's versions. Never edit a released version: add the next one with its upgrade.
// Dexie keeps tables a version leaves out as they were.
import type { Dexie, Transaction } from 'dexie';
import { urlHostKey } from '../sites/site-hosts.ts';

export const DB_NAME = 'kjwatch';

/** Version 1, the first release: clippings by page, date and tag; ordered rules; settings. */
export const SCHEMA_V1 = {
  clippings: 'id, url, createdAt, *tags',
  rules: 'id, position',
  settings: 'key',
} as const;

/** Version 2 adds the site (normalised host) of each clipping, for the side panel's filter. */
export const SCHEMA_V2 = { clippings: 'id, url, createdAt, *tags, host' } as const;

/**
 * Version 3 adds how each clipping fared on the latest visit to its page (re-anchored or
 * orphaned), one row per clipping. A new, empty table: nothing to move.
 */
export const SCHEMA_V3 = { anchorStates: 'clippingId, url, status' } as const;

export const SCHEMA_VERSION = 3;

async function addHosts(tx: Transaction): Promise<void> {
  await tx
    .table('clippings')
    .toCollection()
    .modify((clipping: { url?: unknown; host?: string }) => {
      clipping.host = typeof clipping.url === 'string' ? (urlHostKey(clipping.url) ?? '') : '';
    });
}

export function defineSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(addHosts);
  db.version(3).stores(SCHEMA_V3);
}
