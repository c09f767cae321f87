import type { Database } from 'better-sqlite3';

/** What every store operation needs: the connection, the path for messages, and a clock. */
export interface StoreContext {
  db: Database;
  path: string;
  now: () => string;
}
