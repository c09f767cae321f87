// Where the store lives when --db is not given: the platform's per-user data directory, as
// other tools put theirs (XDG on Linux, Application Support on macOS, LocalAppData on Windows).
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export function defaultDbPath(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.KJWATCH_DB) return env.KJWATCH_DB;
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || win32.join(home, 'AppData', 'Local');
    return win32.join(local, 'kjwatch', 'kjwatch.db');
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', 'kjwatch', 'kjwatch.db');
  }
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  const data = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.local', 'share');
  return posix.join(data, 'kjwatch', 'kjwatch.db');
}
