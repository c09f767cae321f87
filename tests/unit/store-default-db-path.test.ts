import { describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../scraper/store/default-db-path.ts';

describe('defaultDbPath', () => {
  it.each([
    ['$KJWATCH_DB wins', { KJWATCH_DB: '/data/k.db', XDG_DATA_HOME: '/x' }, 'linux', '/data/k.db'],
    [
      'XDG_DATA_HOME on Linux',
      { XDG_DATA_HOME: '/home/u/.data' },
      'linux',
      '/home/u/.data/kjwatch/kjwatch.db',
    ],
    [
      'a relative XDG_DATA_HOME is ignored',
      { XDG_DATA_HOME: 'rel' },
      'linux',
      '/home/u/.local/share/kjwatch/kjwatch.db',
    ],
    ['~/.local/share on Linux', {}, 'linux', '/home/u/.local/share/kjwatch/kjwatch.db'],
    [
      'Application Support on macOS',
      {},
      'darwin',
      '/home/u/Library/Application Support/kjwatch/kjwatch.db',
    ],
    [
      'LOCALAPPDATA on Windows',
      { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' },
      'win32',
      'C:\\Users\\u\\AppData\\Local\\kjwatch\\kjwatch.db',
    ],
  ] as const)('%s', (_name, env, platform, expected) => {
    expect(defaultDbPath(env, platform, '/home/u')).toBe(expected);
  });
});
