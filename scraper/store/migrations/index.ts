// Versioned schema: PRAGMA user_version is the number of migrations applied. Migrations are
// functions (some back-fill derived rows with JavaScript, e.g. folded text), applied in order,
// each in its own transaction. Append only: never edit or reorder a released migration.
import type { Database } from 'better-sqlite3';
import { StoreError } from '../store-error.ts';
import { coreTables } from './v1-core-tables.ts';
import { searchIndex } from './v2-search-index.ts';
import { repostBands } from './v3-repost-bands.ts';
import { repostBandKeys } from './v4-repost-band-keys.ts';
import { searchAutomerge } from './v5-search-automerge.ts';
import { onePermutationBands } from './v6-one-permutation-bands.ts';

export type Migration = (db: Database) => void;

export const migrations: readonly Migration[] = [
  coreTables,
  searchIndex,
  repostBands,
  repostBandKeys,
  searchAutomerge,
  onePermutationBands,
];

export const SCHEMA_VERSION = migrations.length;

/** 'KJWS': marks the file as a kjwatch store, so a foreign SQLite file is never migrated. */
export const APPLICATION_ID = 0x4b4a5753;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema to `target` (default: the newest). Returns the versions applied. */
export function migrate(db: Database, path: string, target = SCHEMA_VERSION): number[] {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      'too-new',
      `the database ${path} has schema version ${current}, newer than this kjwatch understands (${SCHEMA_VERSION}); upgrade kjwatch`,
    );
  }
  const applied: number[] = [];
  for (let v = current + 1; v <= target; v++) {
    const migration = migrations[v - 1]!;
    db.transaction(() => {
      migration(db);
      db.pragma(`user_version = ${v}`);
      if (v === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
    }).immediate();
    applied.push(v);
  }
  return applied;
}
