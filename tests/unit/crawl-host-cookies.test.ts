import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHostCookies, saveHostCookies } from '../../scraper/crawl/host-cookies.ts';
import { tempDir } from '../support/fake-notice.ts';

const cookie = (name: string, expires = -1) => ({
  name,
  value: 'v',
  domain: 'www.ntsc.ac.cn',
  path: '/',
  expires,
  httpOnly: false,
  secure: false,
});

describe('a host cookies kept between runs', () => {
  it('reads back what was kept, without cookies that have expired since', () => {
    const dir = tempDir();
    const now = Date.now();
    saveHostCookies(dir, 'www.ntsc.ac.cn', [
      cookie('session'),
      cookie('later', now / 1000 + 3600),
      cookie('gone', now / 1000 - 1),
    ]);
    expect(loadHostCookies(dir, 'www.ntsc.ac.cn', now).map((c) => c.name)).toEqual([
      'session',
      'later',
    ]);
    expect(loadHostCookies(dir, 'www.most.gov.cn', now)).toEqual([]);
  });

  it('forgets them after 12 hours, and ignores a damaged file', () => {
    const dir = tempDir();
    saveHostCookies(dir, 'a.cn', [cookie('session')]);
    expect(loadHostCookies(dir, 'a.cn', Date.now() + 13 * 3600 * 1000)).toEqual([]);
    mkdirSync(join(dir, 'cookies'), { recursive: true });
    writeFileSync(join(dir, 'cookies', 'b.cn.json'), '{"savedAt": "20');
    expect(loadHostCookies(dir, 'b.cn')).toEqual([]);
  });
});
