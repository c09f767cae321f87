// A site as the extension pages name it: the organisation of a built-in profile with that host
// (科学技术部), else the host itself.
import { builtInProfiles } from '../../../shared/sites/index.ts';
import { urlHostKey } from '../sites/site-hosts.ts';

let orgs: Map<string, string> | undefined;

export function siteLabel(host: string): string {
  if (!orgs) {
    orgs = new Map();
    for (const p of builtInProfiles) {
      const key = p.start[0] && urlHostKey(p.start[0]);
      if (key && !orgs.has(key)) orgs.set(key, p.org);
    }
  }
  const org = orgs.get(host);
  return org ? `${org} · ${host}` : host;
}
