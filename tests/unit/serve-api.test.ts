import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer } from '../../scraper/serve/serve-api.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { fakeNotice, tempDir } from '../support/fake-notice.ts';

let store: Store;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  store = openStore(join(tempDir(), 'serve.db'));
  store.saveNotice(fakeNotice({ id: 'aaaaaaaaaaaaaaaa' }));
  store.saveNotice(
    fakeNotice({
      id: 'bbbbbbbbbbbbbbbb',
      url: 'https://kjt.ah.gov.cn/kjzx/tzgg/1.html',
      siteId: 'anhui-tzgg',
      title: '关于人工智能专项的通知',
      documentNumber: '皖科〔2024〕3号',
      publishedAt: '2024-03-01',
      bodyText: '人工智能专项申报工作安排如下。',
    }),
  );
  const server = createApiServer(store);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close();
  store.close();
});

const get = async (path: string) => {
  const res = await fetch(base + path);
  return { status: res.status, body: await res.json(), headers: res.headers };
};

describe('kjwatch serve API', () => {
  it('lists notices, filtered by site and date', async () => {
    expect((await get('/api/notices')).body.map((n: { id: string }) => n.id).sort()).toEqual([
      'aaaaaaaaaaaaaaaa',
      'bbbbbbbbbbbbbbbb',
    ]);
    expect(
      (await get('/api/notices?site=anhui-tzgg')).body.map((n: { title: string }) => n.title),
    ).toEqual(['关于人工智能专项的通知']);
    expect((await get('/api/notices?since=2024-01-01')).body).toHaveLength(1);
  });

  it('returns one notice with its version count, or 404', async () => {
    const one = await get('/api/notices/aaaaaaaaaaaaaaaa');
    expect(one.status).toBe(200);
    expect(one.body.documentNumber).toBe('国科发资〔2021〕1号');
    expect(one.body.versions).toBe(1);
    expect((await get('/api/notices/0000000000000000')).status).toBe(404);
  });

  it('searches across scripts with marked snippets', async () => {
    const hits = (await get(`/api/search?q=${encodeURIComponent('巡視')}`)).body;
    expect(hits.map((h: { id: string }) => h.id)).toEqual(['aaaaaaaaaaaaaaaa']);
    expect(hits[0].snippet).toContain('【巡视】');
  });

  it('lists the built-in sites', async () => {
    const sites = (await get('/api/sites')).body;
    expect(sites.map((s: { id: string }) => s.id)).toContain('most-tztg');
  });

  it('is read-only, sends no CORS header, and rejects bad parameters', async () => {
    const post = await fetch(`${base}/api/notices`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    const list = await get('/api/notices');
    expect(list.headers.get('access-control-allow-origin')).toBeNull();
    expect((await get('/api/notices?since=yesterday')).status).toBe(400);
    expect((await get('/api/notices?limit=0')).status).toBe(400);
    expect((await get('/api/search')).status).toBe(400);
    expect((await get('/nope')).status).toBe(404);
  });
});
