// A host's request queue, in memory, behind Crawlee's own IRequestManager interface: the
// BasicCrawler still does the queueing loop, retries, sessions and robots.txt; only the storage
// under it changes. Crawlee's RequestQueue, even with persistence off, goes through its
// storage emulation for every request (serialised to JSON and back, schema-validated, locked),
// which cost a fast crawl about a quarter of its thread. kjwatch never persists the queue: a
// killed run is resumed from the store and the per-site state file (resume-state.ts), so a
// queue that lives and dies with the run is all a host needs.
import type {
  AddRequestsBatchedOptions,
  AddRequestsBatchedResult,
  IRequestManager,
  RequestQueueOperationInfo,
  RequestQueueOperationOptions,
  RequestsLike,
  Source,
} from '@crawlee/basic';
import { Request } from '@crawlee/basic';

type ProcessedRequest = AddRequestsBatchedResult['addedRequests'][number];

function toRequest(source: Source): Request {
  if (source instanceof Request) return source;
  if (!source.url) throw new TypeError('a request needs a URL');
  return new Request({ ...source, url: source.url });
}

export class MemoryRequestQueue implements IRequestManager {
  /** Requests waiting, oldest first; those added with `forefront` (a retry, the next list page) go first. */
  private readonly waiting: Request[] = [];
  private head = 0;
  private readonly inProgress = new Set<string>();
  private readonly known = new Map<string, { id: string; handled: boolean }>();
  private handled = 0;
  private nextId = 1;

  /**
   * @param busy work that may still add requests after its handler returned; asked only when no
   *   request is waiting or in progress
   */
  constructor(private readonly busy: () => boolean = () => false) {}

  async isFinished(): Promise<boolean> {
    return this.pendingCount() === 0 && this.inProgress.size === 0 && !this.busy();
  }

  async isEmpty(): Promise<boolean> {
    return this.pendingCount() === 0;
  }

  async handledCount(): Promise<number> {
    return this.handled;
  }

  getTotalCount(): number {
    return this.known.size;
  }

  getPendingCount(): number {
    return this.known.size - this.handled;
  }

  async fetchNextRequest<T extends Record<string, unknown>>(): Promise<Request<T> | null> {
    if (this.pendingCount() === 0) return null;
    const request = this.waiting[this.head] as Request<T>;
    this.waiting[this.head++] = undefined as unknown as Request;
    // Keep the array from growing without bound over a long crawl.
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
    this.inProgress.add(request.uniqueKey);
    return request;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Request> {
    for (let r = await this.fetchNextRequest(); r; r = await this.fetchNextRequest()) yield r;
  }

  async markRequestHandled(request: Request): Promise<RequestQueueOperationInfo | null> {
    const entry = this.known.get(request.uniqueKey);
    if (!entry) return null;
    this.inProgress.delete(request.uniqueKey);
    if (!entry.handled) {
      entry.handled = true;
      this.handled++;
    }
    request.handledAt ??= new Date().toISOString();
    return this.info(request, entry, true);
  }

  async reclaimRequest(
    request: Request,
    options: RequestQueueOperationOptions = {},
  ): Promise<RequestQueueOperationInfo | null> {
    const entry = this.known.get(request.uniqueKey);
    if (!entry) return null;
    this.inProgress.delete(request.uniqueKey);
    this.enqueue(request, options.forefront ?? false);
    return this.info(request, entry, true);
  }

  async addRequest(
    source: Source,
    options: RequestQueueOperationOptions = {},
  ): Promise<RequestQueueOperationInfo> {
    const request = toRequest(source);
    const forefront = options.forefront ?? false;
    const existing = this.known.get(request.uniqueKey);
    if (existing) return this.info(request, existing, true, forefront);
    const entry = { id: String(this.nextId++), handled: false };
    request.id = entry.id;
    this.known.set(request.uniqueKey, entry);
    this.enqueue(request, forefront);
    return this.info(request, entry, false, forefront);
  }

  async addRequestsBatched(
    requests: RequestsLike,
    options: AddRequestsBatchedOptions = {},
  ): Promise<AddRequestsBatchedResult> {
    const added: ProcessedRequest[] = [];
    const overLimit: Source[] = [];
    let budget = options.maxNewRequests ?? Number.POSITIVE_INFINITY;
    for await (const item of requests) {
      const source = typeof item === 'string' ? { url: item } : item;
      const request = toRequest(source);
      if (budget <= 0 && !this.known.has(request.uniqueKey)) {
        overLimit.push(source);
        continue;
      }
      const info = await this.addRequest(request, options);
      if (!info.wasAlreadyPresent) budget--;
      added.push(info);
    }
    const result: AddRequestsBatchedResult = {
      addedRequests: added,
      waitForAllRequestsToBeAdded: Promise.resolve([]),
    };
    if (overLimit.length > 0) result.requestsOverLimit = overLimit;
    return result;
  }

  private pendingCount(): number {
    return this.waiting.length - this.head;
  }

  private enqueue(request: Request, forefront: boolean): void {
    if (!forefront) {
      this.waiting.push(request);
    } else if (this.head > 0) {
      this.waiting[--this.head] = request;
    } else {
      this.waiting.unshift(request);
    }
  }

  private info(
    request: Request,
    entry: { id: string; handled: boolean },
    wasAlreadyPresent: boolean,
    forefront = false,
  ): RequestQueueOperationInfo {
    return {
      requestId: entry.id,
      uniqueKey: request.uniqueKey,
      wasAlreadyPresent,
      wasAlreadyHandled: entry.handled,
      forefront,
    };
  }
}
