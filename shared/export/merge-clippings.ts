// Merging imported clippings into stored ones without duplicates: one clipping per id, and of
// two versions of a clipping the more recently updated wins (on a tie, the stored one stays, so
// importing the same backup twice changes nothing).

/** The part of a clipping the merge looks at. */
export interface Versioned {
  id: string;
  updatedAt: string;
}

export interface MergePlan<T extends Versioned> {
  /** Clippings to write: new ones and newer versions of stored ones. */
  put: T[];
  added: number;
  updated: number;
  unchanged: number;
}

const time = (c: Versioned) => Date.parse(c.updatedAt) || 0;

/** Within one file, the newest version of each id (the first on a tie). */
export function newestById<T extends Versioned>(items: Iterable<T>): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (!seen || time(item) > time(seen)) byId.set(item.id, item);
  }
  return [...byId.values()];
}

export function planClippingMerge<T extends Versioned>(
  stored: (id: string) => Versioned | undefined,
  incoming: Iterable<T>,
): MergePlan<T> {
  const plan: MergePlan<T> = { put: [], added: 0, updated: 0, unchanged: 0 };
  for (const item of newestById(incoming)) {
    const old = stored(item.id);
    if (!old) plan.added++;
    else if (time(item) > time(old)) plan.updated++;
    else {
      plan.unchanged++;
      continue;
    }
    plan.put.push(item);
  }
  return plan;
}
