import { Request } from '@crawlee/basic';
import { describe, expect, it } from 'vitest';
import { MemoryRequestQueue } from '../../scraper/crawl/memory-request-queue.ts';

const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://x.cn/${i}.html`);

describe('MemoryRequestQueue (a host crawl queue)', () => {
  it('hands requests out once each, in the order added, and knows when it is finished', async () => {
    const q = new MemoryRequestQueue();
    const added = await q.addRequestsBatched(urls(3));
    expect(added.addedRequests.map((r) => r.wasAlreadyPresent)).toEqual([false, false, false]);
    const a = await q.fetchNextRequest();
    const b = await q.fetchNextRequest();
    expect([a?.url, b?.url]).toEqual(['https://x.cn/0.html', 'https://x.cn/1.html']);
    expect(await q.isEmpty()).toBe(false);
    const c = await q.fetchNextRequest();
    expect(await q.fetchNextRequest()).toBeNull();
    expect(await q.isEmpty()).toBe(true);
    // Empty but three requests still in progress: not finished.
    expect(await q.isFinished()).toBe(false);
    for (const r of [a, b, c]) await q.markRequestHandled(r!);
    expect(await q.isFinished()).toBe(true);
    expect(await q.handledCount()).toBe(3);
    expect(q.getTotalCount()).toBe(3);
    expect(q.getPendingCount()).toBe(0);
  });

  it('drops duplicates by unique key, also after they were handled', async () => {
    const q = new MemoryRequestQueue();
    await q.addRequest({ url: 'https://x.cn/a', uniqueKey: 'detail most a' });
    const first = await q.fetchNextRequest();
    await q.markRequestHandled(first!);
    const again = await q.addRequestsBatched([
      { url: 'https://x.cn/a?utm_source=x', uniqueKey: 'detail most a' },
      { url: 'https://x.cn/a', uniqueKey: 'detail siom a' },
    ]);
    expect(again.addedRequests.map((r) => [r.wasAlreadyPresent, r.wasAlreadyHandled])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect((await q.fetchNextRequest())?.uniqueKey).toBe('detail siom a');
  });

  it('gives a reclaimed request back (the same object, retry count kept), first when asked', async () => {
    const q = new MemoryRequestQueue();
    await q.addRequestsBatched(urls(3));
    const r = await q.fetchNextRequest();
    r!.retryCount = 1;
    await q.reclaimRequest(r!, { forefront: true });
    const back = await q.fetchNextRequest();
    expect(back).toBe(r);
    expect(back?.retryCount).toBe(1);
    await q.reclaimRequest(back!);
    const order = [];
    for (let n = await q.fetchNextRequest(); n; n = await q.fetchNextRequest()) order.push(n.url);
    expect(order).toEqual(['https://x.cn/1.html', 'https://x.cn/2.html', 'https://x.cn/0.html']);
  });

  it('keeps to a budget of new requests and returns the rest as over the limit', async () => {
    const q = new MemoryRequestQueue();
    const result = await q.addRequestsBatched(urls(5), { maxNewRequests: 2 });
    expect(result.addedRequests).toHaveLength(2);
    expect(result.requestsOverLimit).toHaveLength(3);
    expect(q.getTotalCount()).toBe(2);
  });

  it('accepts Request objects, async iterables, and stays correct over a long crawl', async () => {
    const q = new MemoryRequestQueue();
    async function* many() {
      for (const url of urls(5000)) yield new Request({ url });
    }
    await q.addRequestsBatched(many());
    let seen = 0;
    for await (const r of q) {
      await q.markRequestHandled(r);
      seen++;
    }
    expect(seen).toBe(5000);
    expect(await q.isFinished()).toBe(true);
  });

  it('refuses a request without a URL', async () => {
    await expect(new MemoryRequestQueue().addRequest({ label: 'list' })).rejects.toThrow(
      'a request needs a URL',
    );
  });
});
