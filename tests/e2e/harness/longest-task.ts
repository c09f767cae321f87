// The longest task on a page's main thread while something happens, read from a Chromium
// trace (RunTask events of the renderer's main thread). The Long Tasks API reports nothing in
// headless Chromium, and timer gaps also count the rendering steps between tasks.
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './launch-extension.ts';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

async function collect(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Milliseconds of the longest main-thread task of any page renderer while `during` runs. */
export async function longestTask(
  session: ExtensionSession,
  page: Page,
  during: () => Promise<void>,
): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const events = await collect(cdp, during);
    const mains = new Set(
      events
        .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const tasks = events.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`),
    );
    if (tasks.length === 0) throw new Error('the trace holds no main-thread task');
    return Math.max(...tasks.map((e) => (e.dur ?? 0) / 1000));
  } finally {
    await cdp.detach();
  }
}
