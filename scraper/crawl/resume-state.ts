// What a killed run leaves for the next one. The store makes each notice durable on its own (a
// save is answered after its commit), but two things live outside it: that a site's run did not
// finish — the next run must then read every list page instead of stopping at the first page it
// already knows, or the entries past that page would be lost — and the attachments of notices
// already saved. One small JSON file per site, written whole and renamed into place, so a kill
// never tears it.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

export interface AttachmentJob {
  noticeId: string;
  noticeUrl: string;
  url: string;
  name: string;
}

interface StateFile {
  writtenAt: string;
  /** The run read all its list pages; only attachments may be left. */
  finished?: boolean;
  attachments: AttachmentJob[];
}

const key = (job: Pick<AttachmentJob, 'noticeId' | 'url'>) => `${job.noticeId} ${job.url}`;

export class ResumeState {
  /** True when the previous run of this site did not finish. */
  readonly interrupted: boolean;
  private readonly jobs = new Map<string, AttachmentJob>();
  private readonly file: string | undefined;

  constructor(dir: string | undefined, siteId: string) {
    this.file = dir ? join(dir, `${siteId.replace(/[^\w.-]/g, '_')}.json`) : undefined;
    let previous: StateFile | undefined;
    try {
      if (this.file) previous = JSON.parse(readFileSync(this.file, 'utf8')) as StateFile;
    } catch {
      previous = undefined; // no file: the last run finished (or this is the first)
    }
    this.interrupted = previous !== undefined && previous.finished !== true;
    for (const job of previous?.attachments ?? []) this.jobs.set(key(job), job);
    this.write(false);
  }

  /** Attachments a previous run saved notices for but did not download. */
  pendingAttachments(): AttachmentJob[] {
    return [...this.jobs.values()];
  }

  /** Called before the notice is saved, so a kill in between leaves the jobs on record. */
  addAttachments(jobs: readonly AttachmentJob[]): void {
    if (jobs.length === 0) return;
    for (const job of jobs) this.jobs.set(key(job), job);
    this.write(false);
  }

  attachmentDone(job: Pick<AttachmentJob, 'noticeId' | 'url'>): void {
    if (this.jobs.delete(key(job))) this.write(false);
  }

  /**
   * `complete`: every list page the run meant to read was read. Then the file goes (or keeps only
   * attachments still to fetch); otherwise it stays and the next run reads all list pages again.
   */
  finish(complete: boolean): void {
    if (!complete || !this.file) return;
    if (this.jobs.size === 0) rmSync(this.file, { force: true });
    else this.write(true);
  }

  private write(finished: boolean): void {
    if (!this.file) return;
    const state: StateFile = {
      writtenAt: new Date().toISOString(),
      finished,
      attachments: this.pendingAttachments(),
    };
    writeFileAtomic(this.file, JSON.stringify(state));
  }
}
