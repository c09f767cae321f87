// What each replica server saw: every request with its time, headers and how many requests
// to that host were in flight when it arrived. Tests read politeness from here (at most N
// concurrent requests per host, the delay between them, the User-Agent, the cookie earned by
// the browser), as measured at the server rather than as the crawler believes it behaved.
import type { PageKind } from './replica-types.ts';

export type RequestKind = PageKind | 'robots' | 'missing';

export interface LoggedRequest {
  method: string;
  /** Path and query as requested. */
  path: string;
  kind: RequestKind;
  status: number;
  /** Arrival, ms since the epoch. */
  time: number;
  /** When the answer was finished (or the connection closed). */
  endTime?: number;
  userAgent: string;
  cookie: string;
  /** Requests to this site in flight when this one arrived, itself included. */
  inFlight: number;
}

export interface RequestLog {
  readonly entries: readonly LoggedRequest[];
  /** Most requests in flight at once since the log was created or cleared. */
  readonly maxInFlight: number;
  /** Requests of these kinds (all when none given). */
  count(...kinds: RequestKind[]): number;
  clear(): void;
}

export interface RequestLogWriter extends RequestLog {
  /** Records an arrival; `answer` says what it got, `end` when the connection is done with it. */
  begin(entry: Omit<LoggedRequest, 'inFlight' | 'status' | 'kind'>): ActiveRequest;
}

export interface ActiveRequest {
  entry: LoggedRequest;
  answer(status: number, kind: RequestKind): void;
  end(): void;
}

export function createRequestLog(): RequestLogWriter {
  let entries: LoggedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    get entries() {
      return entries;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    count: (...kinds) =>
      kinds.length === 0 ? entries.length : entries.filter((e) => kinds.includes(e.kind)).length,
    clear() {
      entries = [];
      // Requests still open keep counting; the high-water mark restarts from them.
      maxInFlight = inFlight;
    },
    begin(fields) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const entry: LoggedRequest = { ...fields, kind: 'other', status: 0, inFlight };
      entries.push(entry);
      let open = true;
      return {
        entry,
        answer(status, kind) {
          entry.status = status;
          entry.kind = kind;
        },
        end() {
          if (!open) return;
          open = false;
          inFlight--;
          entry.endTime = Date.now();
        },
      };
    },
  };
}
