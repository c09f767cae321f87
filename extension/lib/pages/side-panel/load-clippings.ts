// The side panel's first read of every clipping. The database lives in the extension's origin,
// which this page shares, so it reads it directly: one getAll instead of passing 50,000
// clippings (20 MB of JSON) through runtime messaging, which took 2–4 s against under 1 s.
// Writes still go through the background, the one writer that checks every change.
import type { Clipping } from '../../../../shared/model.ts';
import type { Result } from '../../protocol/results.ts';
import { sendRequest } from '../../protocol/send-request.ts';
import { withoutHost } from '../../storage/dexie-stores.ts';
import { isLive, KjwatchDb } from '../../storage/kjwatch-db.ts';

export async function loadClippings(): Promise<Result<Clipping[]>> {
  const db = new KjwatchDb();
  try {
    // Table order (by id); the index sorts by date itself.
    const rows = await db.clippings.toArray();
    return { ok: true, value: rows.filter(isLive).map(withoutHost) };
  } catch (error) {
    console.warn('kjwatch: reading the clippings directly failed; asking the background', error);
    const answer = await sendRequest<'clippings:list'>({ type: 'clippings:list' });
    return answer.ok ? { ok: true, value: answer.value.clippings } : answer;
  } finally {
    db.close();
  }
}
