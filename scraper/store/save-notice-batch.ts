// Several notices saved in one transaction. A crawl's writer thread saves what arrived
// together this way: each commit flushes the full-text index's new segment and merges older
// ones, which cost a third of a save when every notice committed alone. The batch is first
// tried as it is; when a notice fails, it is rolled back and saved again with each notice in
// a savepoint of its own, so that the one that fails is rolled back alone and the others
// commit. Nothing is answered before its commit, so a kill still loses only what was never
// reported saved.
import { saveNotice, saveNoticeIn } from './save-notice.ts';
import type { StoreContext } from './store-context.ts';
import { guardWrite, StoreError } from './store-error.ts';
import type { NoticeToSave, SaveOutcome, SaveResult } from './store-types.ts';

const attempt = (save: () => SaveResult): SaveOutcome => {
  try {
    return { ok: true, value: save() };
  } catch (error) {
    return { ok: false, error };
  }
};

/** The same failure, said of a notice that was rolled back with the rest of its batch. */
function rolledBack(item: NoticeToSave, error: unknown): SaveOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  const message = `notice ${item.notice.id} not saved, its batch was rolled back: ${reason}`;
  const kind = error instanceof StoreError ? error.kind : 'write-failed';
  return { ok: false, error: new StoreError(kind, message, { cause: error }) };
}

const rawOf = (item: NoticeToSave) => (item.raw ? { raw: item.raw } : {});

/** One notice in a transaction (or a savepoint) of its own. */
const saveOne = (ctx: StoreContext, item: NoticeToSave): SaveOutcome =>
  attempt(() => saveNotice(ctx, item.notice, rawOf(item)));

/** Every notice saved, or undefined (and nothing left of the batch) when one failed. */
function saveAll(ctx: StoreContext, items: readonly NoticeToSave[]): SaveOutcome[] | undefined {
  const { db } = ctx;
  try {
    return items.map((item) => ({ ok: true, value: saveNoticeIn(ctx, item.notice, rawOf(item)) }));
  } catch {
    if (db.inTransaction) db.prepare('ROLLBACK').run();
    return undefined;
  }
}

export function saveNoticeBatch(ctx: StoreContext, items: readonly NoticeToSave[]): SaveOutcome[] {
  const { db, path } = ctx;
  if (items.length === 1 || db.inTransaction) return items.map((item) => saveOne(ctx, item));
  const what = `saving ${items.length} notices`;
  let outcomes: SaveOutcome[] | undefined;
  // As one piece first; when a notice fails, again with a savepoint each.
  for (const pass of [saveAll, saveOneByOne]) {
    try {
      guardWrite(what, path, () => db.prepare('BEGIN IMMEDIATE').run());
    } catch (error) {
      return items.map(() => ({ ok: false, error }));
    }
    outcomes = pass(ctx, items);
    if (outcomes) break;
  }
  if (!db.inTransaction) return outcomes!; // SQLite ended it: nothing is left to commit
  try {
    guardWrite(what, path, () => db.prepare('COMMIT').run());
  } catch (error) {
    if (db.inTransaction) db.prepare('ROLLBACK').run();
    return items.map((item) => rolledBack(item, error));
  }
  return outcomes!;
}

/** Each notice in a savepoint of its own, in the transaction begun for the batch. */
function saveOneByOne(ctx: StoreContext, items: readonly NoticeToSave[]): SaveOutcome[] {
  const { db } = ctx;
  const outcomes: SaveOutcome[] = [];
  let undone: unknown;
  for (const item of items) {
    if (undone !== undefined) {
      outcomes.push(rolledBack(item, undone));
      continue;
    }
    const outcome = saveOne(ctx, item);
    outcomes.push(outcome);
    // SQLite ends the whole transaction on some errors (a full disk may): nothing of the
    // batch is left to commit, the saves before this one included.
    if (!outcome.ok && !db.inTransaction) {
      undone = outcome.error;
      for (let i = 0; i < outcomes.length - 1; i++) outcomes[i] = rolledBack(items[i]!, undone);
    }
  }
  return outcomes;
}
