#!/usr/bin/env node
// Brings a fresh clone to a runnable state before `npm test`, `npm run demo` and friends:
// Node version, npm dependencies, and (with --browser) a Chromium for Playwright.
// Plain JavaScript with Node built-ins only: it runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantBrowser = process.argv.includes('--browser');

function fail(message) {
  console.error(`kjwatch setup: ${message}`);
  process.exit(1);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const ok = (major === 20 && minor >= 19) || major >= 22;
  if (!ok) fail(`Node ${process.versions.node} is too old; install Node 20.19+ or 22+.`);
}

function dependenciesCurrent() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(installed)) return false;
  if (!existsSync(lock)) return true;
  // npm rewrites node_modules/.package-lock.json on every install, so an older copy means
  // package-lock.json changed since (a pull, a branch switch).
  return statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
}

function installDependencies() {
  if (dependenciesCurrent()) return;
  // `npm install`, not `npm ci`: registries that lack some platforms' optional packages (as
  // mirrors often do) leave them out of the lock file, and `npm ci` then refuses to run.
  console.error('kjwatch setup: installing npm dependencies (npm install)…');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) fail(`npm install failed (exit ${r.status}); see the npm output above.`);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function installChromium() {
  if (findChromium()) return;
  if (process.platform === 'linux' && hasCommand('apt-get') && isRoot()) {
    console.error('kjwatch setup: installing Chromium from the Debian packages (apt-get)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // fall through to Playwright's own download
    }
    if (findChromium()) return;
  }
  console.error("kjwatch setup: downloading Playwright's Chromium…");
  const r = spawnSync('npx', ['--no-install', 'playwright-core', 'install', 'chromium'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status === 0 && findChromium()) return;
  fail(
    'no Chromium found and none could be installed: install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set KJWATCH_CHROMIUM=/path/to/chrome.',
  );
}

checkNode();
installDependencies();
if (wantBrowser) installChromium();
// A readable line for CI logs: which browser the tests will drive.
if (wantBrowser) console.error(`kjwatch setup: Chromium at ${findChromium()}`);
