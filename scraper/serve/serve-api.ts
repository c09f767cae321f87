// `kjwatch serve`: a read-only JSON API over the store, on loopback by default, for scripts and
// tools that would rather ask over HTTP than open the SQLite file. No CORS headers on purpose:
// a web page in the user's browser must not be able to read the store across origins.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BRACKET_MARK } from '../../shared/search/highlight.ts';
import { builtInProfiles } from '../../shared/sites/index.ts';
import type { Store } from '../store/store-types.ts';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function query(url: URL) {
  const since = url.searchParams.get('since') ?? undefined;
  if (since !== undefined && !DATE.test(since))
    throw new HttpError(400, 'since must be a date like 2024-01-31');
  const limitText = url.searchParams.get('limit');
  const limit = limitText === null ? 50 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new HttpError(400, 'limit must be 1 to 1000');
  const site = url.searchParams.get('site') ?? undefined;
  return { since, limit, site };
}

function route(store: Store, url: URL): unknown {
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/api/sites')
    return builtInProfiles.map(({ id, name, org, level, start }) => ({
      id,
      name,
      org,
      level,
      start,
    }));
  if (path === '/api/notices') {
    const { since, limit, site } = query(url);
    const notices = [];
    for (const notice of store.iterateNotices({ site, since })) {
      notices.push(notice);
      if (notices.length === limit) break;
    }
    return notices;
  }
  const one = /^\/api\/notices\/([0-9a-f]{16})$/.exec(path);
  if (one) {
    const notice = store.getNotice(one[1]!);
    if (!notice) throw new HttpError(404, 'no notice with that id');
    return { ...notice, versions: store.getNoticeVersions(one[1]!).length };
  }
  if (path === '/api/search') {
    const q = url.searchParams.get('q')?.trim();
    if (!q) throw new HttpError(400, 'q (the search words) is required');
    const { since, limit, site } = query(url);
    return store.search(q, { since, limit, site, mark: BRACKET_MARK });
  }
  if (path === '/api/runs') return store.listRuns(url.searchParams.get('site') ?? undefined);
  throw new HttpError(
    404,
    'not found (try /api/notices, /api/notices/ID, /api/search?q=, /api/sites, /api/runs)',
  );
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(`${JSON.stringify(body)}\n`);
}

export function createApiServer(store: Store): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(res, 405, { error: 'read-only: only GET' });
      return;
    }
    try {
      send(res, 200, route(store, new URL(req.url ?? '/', 'http://localhost')));
    } catch (err) {
      if (err instanceof HttpError) send(res, err.status, { error: err.message });
      else send(res, 500, { error: err instanceof Error ? err.message : String(err) });
    }
  });
}
