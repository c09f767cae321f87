// Builds the extension once for the whole end-to-end run (KJWATCH_E2E_NO_BUILD=1 reuses
// .output/chrome-mv3 as it is).
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './harness/paths.ts';

export default function setup(): void {
  if (process.env.KJWATCH_E2E_NO_BUILD === '1') return;
  const wxt = `${REPO_ROOT}node_modules/wxt/bin/wxt.mjs`;
  const r = spawnSync(process.execPath, [wxt, 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`npx wxt build failed:\n${r.stdout}\n${r.stderr}`);
  }
}
