// `kjwatch schedule`: each profile on its cron expression, never two runs of one site at once
// (an overlapping run is skipped and logged), every run logged and recorded, a clean stop.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSchedule } from '../../scraper/crawl/run-schedule.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import { tempDir } from '../support/fake-notice.ts';
import {
  fakeListBody,
  fakeNoticeBody,
  fakePage,
  fakeProfile,
  listenLocally,
} from '../support/fake-site.ts';

const state = { inFlight: 0, maxInFlight: 0, slowMs: 0 };
const server = createServer((req, res) => {
  const path = req.url ?? '';
  if (path === '/robots.txt') return void res.writeHead(404).end();
  state.inFlight++;
  state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
  setTimeout(() => {
    state.inFlight--;
    const entries = [1, 2].map((i) => ({
      href: `/d/${i}.html`,
      title: `关于第${i}项工作的通知`,
      date: `2024-09-0${i}`,
    }));
    const body = path === '/list/' ? fakeListBody(entries) : fakeNoticeBody(path);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fakePage(body));
  }, state.slowMs);
});
const base = await listenLocally(server);
afterAll(() => void server.close());

const profile = (id: string, schedule?: string) =>
  fakeProfile(id, `${base}/list/`, schedule ? { schedule } : {});

describe('schedule', () => {
  it('runs on the cron, skips an overlapping run, logs and records runs, stops cleanly', async () => {
    state.slowMs = 600; // a run (list + 2 notices) outlasts the one-second schedule
    const store = openStore(join(tempDir(), 'k.db'));
    const lines: string[] = [];
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 3500);
    await runSchedule({
      profiles: [profile('fake-every-second', '* * * * * *'), profile('fake-unscheduled')],
      store,
      delayMs: 0,
      log: (line) => lines.push(line),
      signal: controller.signal,
    });
    const text = lines.join('\n');
    expect(text).toMatch(/fake-every-second: scheduled "\* \* \* \* \* \*" \(Asia\/Shanghai\)/);
    expect(text).toContain('fake-unscheduled: no schedule in its profile, not run');
    expect(text).toContain(
      'fake-every-second: the previous run is still going, this one is skipped',
    );
    expect(text).toMatch(/fake-every-second: ok — 2 new, 0 updated, 0 unchanged, 0 failed/);
    expect(lines.at(-1)).toMatch(/stopped$/);
    expect(state.maxInFlight).toBe(1);
    const runs = store.listRuns('fake-every-second');
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs[0]).toMatchObject({ new: 2, failed: 0 });
    store.close();
  }, 20_000);

  it('the command exits 0 on SIGTERM after logging the stop', async () => {
    const dir = tempDir();
    // Profile files take five-field cron expressions, as system cron does.
    writeFileSync(join(dir, 'p.json'), JSON.stringify(profile('fake-cli', '* * * * *')));
    const bin = join(import.meta.dirname, '../../bin/kjwatch.js');
    const args = [
      bin,
      'schedule',
      '--profile',
      join(dir, 'p.json'),
      '--db',
      join(dir, 'k.db'),
      '--delay',
      '0',
    ];
    const child = spawn(process.execPath, args, {
      env: { ...process.env, KJWATCH_CONTACT: 't@example.org' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/fake-cli: scheduled/.test(stderr)) child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toMatch(/SIGTERM: finishing the requests under way, then exiting/);
    expect(stderr).toMatch(/stopped\n$/);
  }, 30_000);
});
