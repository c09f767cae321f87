// Long loops over a big page give the main thread back every few milliseconds, so that the
// page stays responsive (no task over ~50 ms) while kjwatch marks thousands of entries.
// Usage: `if (slicer.due()) await slicer.pause();` — no await (and no microtask) while the
// current slice still has time.

export interface TimeSlicer {
  /** Whether the current slice has used up its budget. */
  due(): boolean;
  /** Yields to the event loop and starts a new slice. */
  pause(): Promise<void>;
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message-channel task runs after pending input and rendering, without setTimeout's clamp.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export function createTimeSlicer(budgetMs = 8, now = () => performance.now()): TimeSlicer {
  let sliceStart = now();
  return {
    due: () => now() - sliceStart >= budgetMs,
    async pause() {
      await yieldToEventLoop();
      sliceStart = now();
    },
  };
}
