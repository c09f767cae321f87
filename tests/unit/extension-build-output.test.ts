// The built extension, Chrome and Firefox: both builds succeed, and no shipped script holds a
// Unicode noncharacter or invalid UTF-8 — Chrome refuses to load a content script that does
// ("It isn't UTF-8 encoded"; Dexie's "\uffff" written raw by a minifier did exactly that, see
// NOTES.md). Builds into a temporary directory, so .output is left alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInMatchPatterns } from '../../extension/lib/sites/site-hosts.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'kjwatch-build-'));

function build(browser: 'chrome' | 'firefox'): void {
  const script = `import { build } from 'wxt'; await build(${JSON.stringify({ browser, outDir, logLevel: 1 })});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`wxt build -b ${browser} failed:\n${r.stdout}\n${r.stderr}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

// U+FDD0–U+FDEF and the last two code points of every plane.
const NONCHARACTER =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

function problemsIn(file: string): string | undefined {
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not valid UTF-8';
  }
  const m = NONCHARACTER.exec(text);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!.toString(16).toUpperCase();
  return `holds the noncharacter U+${code} at offset ${m.index}`;
}

describe('the built extension', () => {
  beforeAll(() => {
    build('chrome');
    build('firefox');
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it.each(['chrome-mv3', 'firefox-mv3'])(
    '%s: every script is clean UTF-8 without noncharacters',
    (target) => {
      const dir = join(outDir, target);
      const scripts = filesUnder(dir).filter((f) => /\.(m?js|html|json|css)$/.test(f));
      expect(scripts.map((f) => relative(dir, f))).toContain('content-scripts/content.js');
      const problems = scripts
        .map((f) => [relative(dir, f), problemsIn(f)] as const)
        .filter(([, problem]) => problem !== undefined);
      expect(problems).toEqual([]);
    },
  );

  it('puts the content script on exactly the built-in sites, and opens nothing to pages', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script.js).toEqual(['content-scripts/content.js']);
    expect([...script.matches].sort()).toEqual(builtInMatchPatterns().sort());
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('detects the noncharacter that broke the build once', () => {
    expect(NONCHARACTER.test('a\uFFFFb')).toBe(true);
    expect(NONCHARACTER.test('a\u{10FFFF}b')).toBe(true);
    expect(NONCHARACTER.test('\\uffff 中文 \u{1F600}')).toBe(false);
  });
});
