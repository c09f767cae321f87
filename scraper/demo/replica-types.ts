// The shapes the replica sites are built from. A replica site plays one real host: its pages
// sit at the real paths, so a built-in profile works with only the origin of its start URL
// changed (http://127.0.0.1:PORT instead of https://www.most.gov.cn).
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';

/** What a request asked for, as the request log classifies it. */
export type PageKind = 'list' | 'detail' | 'attachment' | 'other';

export interface ReplicaPage {
  kind: PageKind;
  /** A string is encoded in the site's charset; bytes are sent as they are. */
  body: string | Uint8Array;
  /** Default: HTML in the site's charset. */
  contentType?: string;
  status?: number;
  /** The profile whose list or notice this page is. */
  profileId?: string;
}

export interface DemoAttachment {
  name: string;
  /** Root-relative path on the site. */
  path: string;
  /** `broken`: a link named .pdf whose server answers with an HTML error page. */
  file: 'pdf' | 'docx' | 'broken';
}

/** One notice as its detail page shows it. */
export interface DemoNotice {
  /** Root-relative path on the real site, e.g. `/xwdt/zhxw/202101/t20210122_5874960.html`. */
  path: string;
  title: string;
  /** As the list shows it: `2021-01-22` (ISO). The detail page may add a time. */
  date: string;
  /** Time of day on the detail page, when the family shows one (`15:11`). */
  time?: string;
  publisher: string;
  paragraphs: string[];
  documentNumber?: string;
  /** 索引号, on pages of the 政府信息公开 template. */
  indexNumber?: string;
  /** The list this notice belongs to, on a site with several (MOST's flfg, bmgz, gfxwj). */
  column?: string;
  attachments?: DemoAttachment[];
  /** Serve this file (relative to the repository root) instead of rendering the notice. */
  file?: string;
}

/** A notice the crawler should end up with (tests compare against these). */
export interface ExpectedNotice {
  profileId: string;
  /** Root-relative path; the replica URL is the site's origin + path. */
  path: string;
  title: string;
  publishedAt: string;
  /** `broken`: the link answers with an HTML error page; a crawler must not store it as a file. */
  attachments: { path: string; broken: boolean }[];
}

export interface ReplicaContent {
  /** Route key (see routeKey) → page. */
  pages: Map<string, ReplicaPage>;
  notices: ExpectedNotice[];
}

export interface ReplicaSiteSpec {
  /** Short id of the host: `most`, `ntsc`… (a host may serve several profiles). */
  id: string;
  name: string;
  /** The real site's origin, e.g. `https://www.most.gov.cn`. */
  realOrigin: string;
  charset?: 'gbk';
  /** Answer requests without the clearance cookie with a JS challenge (HTTP 412). */
  challenge?: boolean;
  /** The profiles with their real start URLs. */
  profiles: SiteProfile[];
  build(): ReplicaContent;
}

/** Test knobs for one site (crawler e2e tests and the bench). */
export interface SiteBehaviour {
  /** robots.txt text (default: none, 404 — as www.most.gov.cn answered in 2026). */
  robots?: string;
  /** Answer the first n requests (robots.txt not counted) with HTTP 500, then recover. */
  failFirst?: number;
  /** Nothing listens on the site's port. */
  dead?: boolean;
  /** Wait this long before answering each request. */
  latencyMs?: number;
  /** Override the site's JS challenge (on for ntsc by default). */
  challenge?: boolean;
}

/** `/a/b/index.html`, `/a/b/index.htm` and `/a/b/` are one page, as on the real servers. */
export function routeKey(pathAndQuery: string): string {
  const q = pathAndQuery.indexOf('?');
  const path = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
  const query = q < 0 ? '' : pathAndQuery.slice(q);
  return path.replace(/\/index\.s?html?$/, '/') + query;
}
