// The registry is hand-written (STYLE.md 2): this test keeps it honest. Every profile file is
// registered under its own name, ids are unique, and every profile has its fixture pages.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCssSelector } from '../../scraper/sites/load-profile-file.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { builtInProfiles, getProfile, profileForUrl } from '../../shared/sites/index.ts';
import { validateSiteProfile } from '../../shared/sites/validate-site-profile.ts';
import { readFixturePage, SITE_FIXTURES_DIR } from '../fixtures/sites/site-fixtures.ts';

const SITES_DIR = fileURLToPath(new URL('../../shared/sites/', import.meta.url));
// The registry, the profile type and the profile validators (validate-*.ts) are not profiles.
const isProfileFile = (f: string) =>
  f.endsWith('.ts') &&
  f !== 'index.ts' &&
  f !== 'define-site-profile.ts' &&
  !f.startsWith('validate-');
const profileFiles = readdirSync(SITES_DIR).filter(isProfileFile);
const ids = builtInProfiles.map((p) => p.id);

describe('built-in profile registry', () => {
  it('holds one profile per file in shared/sites/', () => {
    expect(profileFiles.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual(profileFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(profileFiles)('%s is registered, with the file name as its id', async (file) => {
    const mod = (await import(pathToFileURL(`${SITES_DIR}${file}`).href)) as {
      default: SiteProfile;
    };
    expect(mod.default.id).toBe(file.replace(/\.ts$/, ''));
    expect(builtInProfiles).toContain(mod.default);
  });

  it('has unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s has a fixture folder with list.html and detail.html', (id) => {
    for (const name of ['list.html', 'detail.html']) {
      expect(existsSync(`${SITE_FIXTURES_DIR}${id}/${name}`), `${id}/${name}`).toBe(true);
    }
  });

  it.each(builtInProfiles.map((p) => ({ id: p.id, profile: p })))(
    '$id passes the validation user profiles get',
    ({ profile }) => {
      expect(validateSiteProfile(profile, { checkSelector: checkCssSelector })).toEqual({
        ok: true,
        value: profile,
      });
    },
  );

  it.each(ids)('%s: its detail page URL leads back to it', (id) => {
    const { url } = readFixturePage(id, 'detail.html');
    expect(profileForUrl(url)?.id).toBe(id);
    expect(getProfile(id)?.id).toBe(id);
  });

  it('covers every level of site the project watches', () => {
    expect(new Set(builtInProfiles.map((p) => p.level))).toEqual(
      new Set(['national', 'provincial', 'city', 'cas']),
    );
  });

  it('staggers the schedules so that no two crawls start together', () => {
    const starts = builtInProfiles.map((p) => p.schedule?.split(' ').slice(0, 2).join(' '));
    expect(new Set(starts).size).toBe(starts.length);
  });
});
