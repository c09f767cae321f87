// The usual start of an e2e file: every site page served under its real host, the built
// extension in Chromium, the watch rules set, and one tab to browse with.
import type { Page } from 'playwright-core';
import type { WatchRule } from '../../../shared/model.ts';
import { replaceRules } from './extension-pages.ts';
import { type ExtensionSession, launchExtension } from './launch-extension.ts';
import { allSitePages } from './site-pages.ts';
import { type SitePage, type SiteServer, startSiteServer } from './site-server.ts';

export interface SitesWithRules {
  server: SiteServer;
  session: ExtensionSession;
  page: Page;
}

/** `pages`: what the server plays, every site page unless a test brings its own. */
export async function openSitesWithRules(
  rules: readonly WatchRule[],
  pages: readonly SitePage[] = allSitePages(),
): Promise<SitesWithRules> {
  const server = await startSiteServer(pages);
  const session = await launchExtension(server.port);
  await replaceRules(session, rules);
  return { server, session, page: await session.context.newPage() };
}

export async function closeSites(opened: Partial<SitesWithRules>): Promise<void> {
  await opened.session?.close();
  await opened.server?.close();
}
