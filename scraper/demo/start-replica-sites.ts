// Serves the bundled replica sites on 127.0.0.1, one port per site, for `kjwatch demo`, the
// crawler's end-to-end tests and the crawl bench. Each replica mirrors its real site's paths,
// so `replica.profiles` are the built-in profiles with only their start URLs' origin changed.
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { closedPort, startReplicaServer } from './replica-server.ts';
import {
  type ExpectedNotice,
  type PageKind,
  type ReplicaSiteSpec,
  routeKey,
  type SiteBehaviour,
} from './replica-types.ts';
import { createRequestLog, type RequestLog } from './request-log.ts';
import { REPLICA_SITE_SPECS } from './sites/index.ts';

export interface ReplicaOptions {
  /** Test knobs per site id (`most`, `ntsc`, …). */
  behaviours?: Readonly<Record<string, SiteBehaviour>>;
  /** Serve only these sites (default: all). */
  only?: readonly string[];
  /** Fixed ports: site i listens on basePort + i (default: any free ports). */
  basePort?: number;
}

export interface ReplicaSite {
  id: string;
  name: string;
  realOrigin: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  port: number;
  dead: boolean;
  /** The site's profiles, start URLs pointing at this replica. */
  profiles: SiteProfile[];
  /** What a crawl of the site should store, with replica URLs. */
  notices: (ExpectedNotice & { url: string })[];
  /** What the page at a path is (a list or notice of which profile), for bench loops. */
  pageAt(pathAndQuery: string): { kind: PageKind; profileId?: string } | undefined;
  log: RequestLog;
}

export interface ReplicaSites {
  sites: ReplicaSite[];
  profiles: SiteProfile[];
  site(id: string): ReplicaSite;
  /** Forget the logged requests of every site (e.g. between a first run and a re-run). */
  clearLogs(): void;
  close(): Promise<void>;
}

function rewriteProfile(profile: SiteProfile, realOrigin: string, origin: string): SiteProfile {
  const start = profile.start.map((url) => {
    const u = new URL(url);
    if (u.origin !== new URL(realOrigin).origin)
      throw new Error(`replica: ${url} is not on ${realOrigin}`);
    return `${origin}${u.pathname}${u.search}`;
  });
  return { ...profile, start };
}

async function startSite(spec: ReplicaSiteSpec, behaviour: SiteBehaviour, port: number) {
  const content = spec.build();
  const resolve = (path: string) => content.pages.get(routeKey(path));
  const challenge = behaviour.challenge ?? spec.challenge ?? false;
  const common = { id: spec.id, name: spec.name, realOrigin: spec.realOrigin };
  const pageAt = (path: string) => {
    const page = resolve(path);
    return page && { kind: page.kind, ...(page.profileId ? { profileId: page.profileId } : {}) };
  };
  if (behaviour.dead) {
    const closed = port || (await closedPort());
    const origin = `http://127.0.0.1:${closed}`;
    const site: ReplicaSite = {
      ...common,
      origin,
      port: closed,
      dead: true,
      profiles: spec.profiles.map((p) => rewriteProfile(p, spec.realOrigin, origin)),
      notices: content.notices.map((n) => ({ ...n, url: origin + n.path })),
      pageAt,
      log: createRequestLog(),
    };
    return { site, close: async () => {} };
  }
  const server = await startReplicaServer({
    resolve,
    charset: spec.charset,
    challenge,
    behaviour,
    port,
  });
  const site: ReplicaSite = {
    ...common,
    origin: server.origin,
    port: server.port,
    dead: false,
    profiles: spec.profiles.map((p) => rewriteProfile(p, spec.realOrigin, server.origin)),
    notices: content.notices.map((n) => ({ ...n, url: server.origin + n.path })),
    pageAt,
    log: server.log,
  };
  return { site, close: server.close };
}

export async function startReplicaSites(options: ReplicaOptions = {}): Promise<ReplicaSites> {
  const specs = REPLICA_SITE_SPECS.filter((s) => !options.only || options.only.includes(s.id));
  const unknown = (options.only ?? []).filter((id) => !REPLICA_SITE_SPECS.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`replica: no site ${unknown.join(', ')}`);
  const started: Awaited<ReturnType<typeof startSite>>[] = [];
  try {
    for (const [i, spec] of specs.entries()) {
      const port = options.basePort ? options.basePort + i : 0;
      started.push(await startSite(spec, options.behaviours?.[spec.id] ?? {}, port));
    }
  } catch (err) {
    await Promise.all(started.map((s) => s.close()));
    throw err;
  }
  const sites = started.map((s) => s.site);
  return {
    sites,
    profiles: sites.flatMap((s) => s.profiles),
    site(id) {
      const site = sites.find((s) => s.id === id);
      if (!site) throw new Error(`replica: no site "${id}"`);
      return site;
    },
    clearLogs: () => {
      for (const s of sites) s.log.clear();
    },
    close: async () => {
      await Promise.all(started.map((s) => s.close()));
    },
  };
}
