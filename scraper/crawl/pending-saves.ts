// A host's notices handed to the writer thread and not yet answered. A request handler does not
// hold its request slot while its notice is written: the slot fetches and parses the host's next
// page meanwhile, and what follows the save (the count, the attachments) runs when it is
// answered. The host's queue counts these as work left, so the crawl does not end before them.
// A writer that falls behind slows the crawl instead of piling up pages in memory.

export class PendingSaves {
  private readonly byNotice = new Map<string, Promise<void>>();

  /**
   * @param limit saves in flight before a handler waits for one of them
   * @param onSettled called after each save's follow-up: the host's pool looks for work (the
   *   attachments it queued) or for its end at once, instead of at its next poll
   */
  constructor(
    private readonly limit: number,
    private readonly onSettled: () => void = () => {},
  ) {}

  get size(): number {
    return this.byNotice.size;
  }

  /** The save of this notice still in flight, if any. */
  of(noticeId: string): Promise<void> | undefined {
    return this.byNotice.get(noticeId);
  }

  /**
   * Tracks a save and its follow-up, which must not reject (it reports its own failures);
   * resolves once there is room for another.
   */
  async add(noticeId: string, work: Promise<void>): Promise<void> {
    const tracked = work.finally(() => {
      if (this.byNotice.get(noticeId) === tracked) this.byNotice.delete(noticeId);
      this.onSettled();
    });
    this.byNotice.set(noticeId, tracked);
    while (this.byNotice.size > this.limit) await Promise.race(this.byNotice.values());
  }

  /** Every save handed over so far, answered. */
  async settled(): Promise<void> {
    while (this.byNotice.size > 0) await Promise.allSettled([...this.byNotice.values()]);
  }
}
