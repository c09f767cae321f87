// Which main-thread tasks were the extension's: a Chromium trace (CDP Tracing) of a page load,
// then every top-level task (RunTask) of the page's renderer main thread that ran a function of
// the extension (a nested event whose data.url is in chrome-extension://<id>/). A 'longtask'
// PerformanceObserver cannot tell the content script's tasks from the page's own layout.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; message?: string } };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

export interface TaskSummary {
  /**
   * Longest main-thread task from the content script's start to the end of the trace, ms, the
   * page's own HTML parsing aside (the script starts at document_start, before the page is
   * parsed; see summarizeTasks).
   */
  longestWhileMarkingMs: number;
  /**
   * The same, leaving out the page's own DOMContentLoaded task: Chromium lays the whole parsed
   * page out in it (~70–80 ms on the bench page, with or without kjwatch). What kjwatch ran in
   * it is `parsedTaskKjwatchMs`.
   */
  longestBesideParsedMs: number;
  /**
   * The same, leaving out also the page's first frame after that task (its first paint of the
   * parsed page: 35–60 ms on the bench page here, with kjwatch or without): the longest task
   * that is kjwatch's — its code, or the style, layout and paint of its marks.
   */
  longestKjwatchMs: number;
  /** The page's first frame after its DOMContentLoaded task, and kjwatch's time in it (ms). */
  firstFrameMs: number;
  firstFrameKjwatchMs: number;
  parsedTaskMs: number;
  parsedTaskKjwatchMs: number;
  /** When that task ended, in ms after the page's `kjwatch-probe-start` stamp. */
  parsedTaskEndAfterProbeMs: number;
  /** Tasks in that window, how many took over 50 ms, and their total time. */
  markingTasks: number;
  markingTasksOver50: number;
  markingTotalMs: number;
  /** Longest task of the page's own load: before the content script started, or its own. */
  longestBeforeMs: number;
  /** When the content script first ran, in ms after the page's `kjwatch-probe-start` stamp. */
  scriptStartAfterProbeMs: number;
  /** The biggest pieces of the longest task (`UpdateLayoutTree 250`), to see what it was. */
  longestTaskParts: string;
  /** The same for the longest task beside the page's own DOMContentLoaded task. */
  longestBesideParts: string;
  /** The same for kjwatch's longest task. */
  longestKjwatchParts: string;
}

function partsOf(task: TraceEvent | undefined, events: readonly TraceEvent[]): string {
  if (!task) return '';
  const end = task.ts + task.dur!;
  const inside = events.filter(
    (e) =>
      e !== task &&
      e.pid === task.pid &&
      e.tid === task.tid &&
      e.ph === 'X' &&
      e.ts >= task.ts &&
      e.ts <= end &&
      (e.dur ?? 0) > 5_000,
  );
  return inside
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 3)
    .map((e) => `${e.name} ${Math.round(e.dur! / 1000)}`)
    .join(', ');
}

/** The task each event runs in (tasks sorted by start, not overlapping), or undefined. */
function taskHolding(tasks: readonly TraceEvent[], event: TraceEvent): TraceEvent | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tasks[mid]!.ts <= event.ts) lo = mid;
    else hi = mid - 1;
  }
  const task = tasks[lo];
  return task && task.ts <= event.ts && event.ts <= task.ts + task.dur! ? task : undefined;
}

/**
 * Time (µs) a task spent in kjwatch's code: its outermost microtask runs and calls into the
 * extension's files (the bench page has no script of its own, so its microtasks are kjwatch's).
 */
function kjwatchTimeIn(task: TraceEvent, events: readonly TraceEvent[], origin: string): number {
  const end = task.ts + task.dur!;
  const own = events
    .filter(
      (e) =>
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ph === 'X' &&
        e.ts >= task.ts &&
        e.ts <= end &&
        (e.name === 'RunMicrotasks' || e.args?.data?.url?.startsWith(origin) === true),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let coveredTo = 0;
  for (const e of own) {
    const to = e.ts + (e.dur ?? 0);
    if (e.ts >= coveredTo) total += to - e.ts;
    else if (to > coveredTo) total += to - coveredTo;
    coveredTo = Math.max(coveredTo, to);
  }
  return total;
}

/**
 * Tasks are counted from the content script's first event (its injection names its file) to
 * the end of the trace, shortly after the hit count appeared. Its slices resumed by
 * scheduler.yield() name no script, so tasks are counted by that window, not by name; style
 * and layout the marks cause count too — jank the user would feel either way. The script runs
 * at document_start, so the window also holds the page's own loading (parsing, and rendering
 * what is parsed so far): until DOMContentLoaded only the tasks that run the extension's code
 * count (an event naming its files, or microtasks: the bench page has no script of its own).
 */
export function summarizeTasks(
  events: readonly TraceEvent[],
  extensionOrigin: string,
): TaskSummary {
  const first = events
    .filter((e) => e.args?.data?.url?.startsWith(extensionOrigin))
    .sort((a, b) => a.ts - b.ts)[0];
  const stamp = events.find(
    (e) => e.name === 'TimeStamp' && e.args?.data?.message === 'kjwatch-probe-start',
  );
  if (!first) throw new Error('the trace shows no content script at work');
  const onThread = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid;
  const tasks = events
    .filter((e) => onThread(e) && e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const holding = (pick: (e: TraceEvent) => boolean) =>
    new Set(events.filter((e) => onThread(e) && pick(e)).map((e) => taskHolding(tasks, e)));
  const parsedMark = events.find((e) => onThread(e) && e.name === 'MarkDOMContent');
  const parsed = parsedMark?.ts ?? 0;
  const parsedTask = parsedMark && taskHolding(tasks, parsedMark);
  const extension = holding(
    (e) => e.args?.data?.url?.startsWith(extensionOrigin) === true || e.name === 'RunMicrotasks',
  );
  const isPageParsing = (t: TraceEvent) => t.ts + t.dur! < parsed && !extension.has(t);
  const duringTasks = tasks.filter((t) => t.ts + t.dur! >= first.ts && !isPageParsing(t));
  const during = duringTasks.map((t) => t.dur! / 1000);
  const longestTask = [...duringTasks].sort((a, b) => b.dur! - a.dur!)[0];
  const firstFrame = parsedTask && firstFrameAfter(parsedTask, tasks, events);
  const kjwatchTasks = duringTasks.filter((t) => t !== parsedTask && t !== firstFrame);
  const before = tasks
    .filter((t) => t.ts + t.dur! < first.ts || isPageParsing(t))
    .map((t) => t.dur! / 1000);
  return {
    longestWhileMarkingMs: Math.max(0, ...during),
    longestBesideParsedMs: Math.max(
      0,
      ...duringTasks.filter((t) => t !== parsedTask).map((t) => t.dur! / 1000),
    ),
    longestKjwatchMs: Math.max(0, ...kjwatchTasks.map((t) => t.dur! / 1000)),
    firstFrameMs: (firstFrame?.dur ?? 0) / 1000,
    firstFrameKjwatchMs: firstFrame ? kjwatchTimeIn(firstFrame, events, extensionOrigin) / 1000 : 0,
    parsedTaskMs: (parsedTask?.dur ?? 0) / 1000,
    parsedTaskKjwatchMs: parsedTask ? kjwatchTimeIn(parsedTask, events, extensionOrigin) / 1000 : 0,
    markingTasks: during.length,
    markingTasksOver50: during.filter((d) => d > 50).length,
    markingTotalMs: during.reduce((a, b) => a + b, 0),
    longestBeforeMs: Math.max(0, ...before),
    scriptStartAfterProbeMs: stamp ? (first.ts - stamp.ts) / 1000 : Number.NaN,
    parsedTaskEndAfterProbeMs:
      stamp && parsedTask ? (parsedTask.ts + parsedTask.dur! - stamp.ts) / 1000 : Number.NaN,
    longestTaskParts: partsOf(longestTask, events),
    longestBesideParts: partsOf(
      [...duringTasks].filter((t) => t !== parsedTask).sort((a, b) => b.dur! - a.dur!)[0],
      events,
    ),
    longestKjwatchParts: partsOf([...kjwatchTasks].sort((a, b) => b.dur! - a.dur!)[0], events),
  };
}

/**
 * The first task after `parsedTask` (on its thread) that paints: the page's first frame of its
 * parsed content. kjwatch's marks come in a later frame: they are set once the page is indexed.
 */
function firstFrameAfter(
  parsedTask: TraceEvent,
  tasks: readonly TraceEvent[],
  events: readonly TraceEvent[],
): TraceEvent | undefined {
  const end = parsedTask.ts + parsedTask.dur!;
  const paint = events
    .filter(
      (e) =>
        e.pid === parsedTask.pid && e.tid === parsedTask.tid && e.name === 'Paint' && e.ts >= end,
    )
    .sort((a, b) => a.ts - b.ts)[0];
  return paint && taskHolding(tasks, paint);
}

/** The task holding the page's DOMContentLoaded, with its thread's tasks sorted by start. */
function parsedTaskOf(events: readonly TraceEvent[]) {
  const mark = events.find((e) => e.name === 'MarkDOMContent');
  if (!mark) return undefined;
  const tasks = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.name === 'RunTask' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const task = taskHolding(tasks, mark);
  return task && { task, tasks };
}

/** The page's first frame after its DOMContentLoaded task, ms (0: not in the trace). */
export function firstFrameMs(events: readonly TraceEvent[]): number {
  const parsed = parsedTaskOf(events);
  return ((parsed && firstFrameAfter(parsed.task, parsed.tasks, events))?.dur ?? 0) / 1000;
}

/** The longest task of any page renderer's main thread in the trace (a page without kjwatch). */
export function longestRendererTask(events: readonly TraceEvent[]): number {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`),
  );
  return Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000));
}

/** How long the task holding the page's DOMContentLoaded took, ms (0: not in the trace). */
export function parsedTaskMs(events: readonly TraceEvent[]): number {
  return (parsedTaskOf(events)?.task.dur ?? 0) / 1000;
}
