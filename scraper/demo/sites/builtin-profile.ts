import type { SiteProfile } from '../../../shared/sites/define-site-profile.ts';
import { getProfile } from '../../../shared/sites/index.ts';

/** A built-in profile by id; the replica sites are built for these exact profiles. */
export function builtinProfile(id: string): SiteProfile {
  const profile = getProfile(id);
  if (!profile) throw new Error(`replica: no built-in profile "${id}"`);
  return profile;
}
