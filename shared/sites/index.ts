// The registry of built-in site profiles. Hand-written on purpose: a test checks that every
// file in this folder is registered here and has a fixture.
import anhuiTzgg from './anhui-tzgg.ts';
import beijingTzgg from './beijing-tzgg.ts';
import casCg from './cas-cg.ts';
import type { SiteProfile } from './define-site-profile.ts';
import gansuXxgk from './gansu-xxgk.ts';
import guangdongTzgg from './guangdong-tzgg.ts';
import mostFgzc from './most-fgzc.ts';
import mostKjbgz from './most-kjbgz.ts';
import mostTztg from './most-tztg.ts';
import ntscZhxw from './ntsc-zhxw.ts';
import shaanxiTzgg from './shaanxi-tzgg.ts';
import sichuanGstz from './sichuan-gstz.ts';
import siomZhxw from './siom-zhxw.ts';
import suiningZwgk from './suining-zwgk.ts';

export const builtInProfiles: readonly SiteProfile[] = [
  // national
  mostTztg,
  mostKjbgz,
  mostFgzc,
  // provincial departments (科技厅)
  anhuiTzgg,
  shaanxiTzgg,
  sichuanGstz,
  gansuXxgk,
  guangdongTzgg,
  beijingTzgg,
  // city bureaus (科技局)
  suiningZwgk,
  // Chinese Academy of Sciences
  casCg,
  ntscZhxw,
  siomZhxw,
];

export function getProfile(id: string, profiles: readonly SiteProfile[] = builtInProfiles) {
  return profiles.find((p) => p.id === id);
}

/** The profile whose start URL shares the host and the longest path prefix with `url`. */
export function profileForUrl(url: string, profiles: readonly SiteProfile[] = builtInProfiles) {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  let best: { profile: SiteProfile; score: number } | undefined;
  for (const profile of profiles) {
    for (const start of profile.start) {
      const s = new URL(start);
      if (s.hostname.replace(/^www\./, '') !== target.hostname.replace(/^www\./, '')) continue;
      const dir = s.pathname.replace(/[^/]*$/, '');
      const score = target.pathname.startsWith(dir) ? dir.length : 0;
      if (!best || score > best.score) best = { profile, score };
    }
  }
  return best?.profile;
}
