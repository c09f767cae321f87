// Long loops over a big page give the main thread back every few milliseconds, so that the
// page stays responsive (no task over ~50 ms) while kjwatch marks thousands of entries.
// Usage: `if (slicer.due()) await slicer.pause();` — no await (and no microtask) while the
// current slice still has time.

export interface TimeSlicer {
  /** Whether the current slice has used up its budget. */
  due(): boolean;
  /**
   * `due()` for loops over thousands of cheap items (a few µs each): it reads the clock at
   * every 16th call only. Reading performance.now() per item was ~8 ms of marking a
   * 5,000-entry list.
   */
  tick(): boolean;
  /** Yields to the event loop and starts a new slice. */
  pause(): Promise<void>;
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Resolves in a task queued behind those already waiting, without setTimeout's clamp. A
 * `scheduler.yield()` continuation goes ahead of them: an answer from the background queued
 * meanwhile waits until the work that yields is done.
 */
export function afterQueuedTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message-channel task runs after pending input and rendering.
  return afterQueuedTasks();
}

export function createTimeSlicer(budgetMs = 8, now = () => performance.now()): TimeSlicer {
  let sliceStart = now();
  let ticks = 0;
  const due = () => now() - sliceStart >= budgetMs;
  return {
    due,
    tick: () => (++ticks & 15) === 0 && due(),
    async pause() {
      await yieldToEventLoop();
      sliceStart = now();
    },
  };
}
