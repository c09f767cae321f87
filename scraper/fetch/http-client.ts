// The connections plain HTTP goes through: undici's (Node's own HTTP client, as a library), one
// keep-alive pool for direct requests and one per proxy. Per request it costs a fraction of
// got-scraping's option handling, which on a fast crawl was a sixth of the crawl thread.
import { Agent, type Dispatcher, ProxyAgent } from 'undici';

export class HttpClient {
  private readonly direct = new Agent({ keepAliveTimeout: 10_000 });
  private readonly proxies = new Map<string, ProxyAgent>();

  dispatcher(proxyUrl: string | undefined): Dispatcher {
    if (!proxyUrl) return this.direct;
    let agent = this.proxies.get(proxyUrl);
    if (!agent) {
      // https:// targets are tunnelled (CONNECT); http:// ones are sent to the proxy in
      // absolute form, which every forward proxy understands.
      agent = new ProxyAgent({ uri: proxyUrl, proxyTunnel: false });
      this.proxies.set(proxyUrl, agent);
    }
    return agent;
  }

  async close(): Promise<void> {
    await Promise.all([this.direct, ...this.proxies.values()].map((d) => d.close()));
  }
}
