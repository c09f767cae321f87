// What one site's crawl has done so far, and the status it ends with. A site that yields nothing
// must say why (site changed, unreachable) rather than report "0 new".
import type { SaveResult } from '../store/store-types.ts';
import type { SiteStatus, SiteSummary } from './crawl-types.ts';

export class SiteTally {
  readonly counts: Record<SaveResult, number> = { new: 0, updated: 0, unchanged: 0 };
  failed = 0;
  skipped = 0;
  requests = 0;
  browserRequests = 0;
  attachments = 0;
  done = 0;
  total = 0;
  listPagesRead = 0;
  listFailed = 0;
  /** Why the site's lists could not be read (site changed, start page gone, all failed). */
  siteChanged: string | undefined;
  startFailure: string | undefined;
  firstError: string | undefined;
  stopped = false;
  readonly startedAt = new Date();
  /** Notices counted this run: an entry pinned on every list page counts once. */
  private readonly counted = new Set<string>();

  constructor(readonly siteId: string) {}

  count(noticeId: string, result: SaveResult): void {
    if (result === 'unchanged' && this.counted.has(noticeId)) return;
    if (result !== 'unchanged' && this.counted.has(noticeId)) this.counts.unchanged--;
    this.counted.add(noticeId);
    this.counts[result]++;
  }

  fail(message: string): void {
    this.failed++;
    this.firstError ??= message;
  }

  get status(): SiteStatus {
    if (this.siteChanged) return 'site-changed';
    if (this.listPagesRead === 0 && (this.startFailure || this.failed > 0)) return 'unreachable';
    if (this.failed > 0 || this.stopped) return 'partial';
    return 'ok';
  }

  summary(): SiteSummary {
    const status = this.status;
    const summary: SiteSummary = {
      siteId: this.siteId,
      ...this.counts,
      failed: this.failed,
      skipped: this.skipped,
      requests: this.requests,
      browserRequests: this.browserRequests,
      durationMs: Date.now() - this.startedAt.getTime(),
      status,
      attachments: this.attachments,
    };
    const error =
      this.siteChanged ??
      this.startFailure ??
      (this.stopped && this.failed === 0 ? 'stopped before the end' : this.firstError);
    if (status !== 'ok' && error) summary.error = error;
    return summary;
  }
}
