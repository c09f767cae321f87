// Proxies, for users abroad (SITES.md: many sites are slow or closed from outside China).
// The HTTP client (undici) speaks only HTTP(S) proxies and Chromium cannot authenticate to SOCKS,
// so a SOCKS or password-protected proxy is bridged by a local proxy-chain server (what Crawlee's
// own browser pool uses): both paths then talk to one plain http://127.0.0.1 proxy.
import { Server } from 'proxy-chain';

export interface ProxyBridge {
  /** What both paths use (undefined: no proxy). */
  url: string | undefined;
  close(): Promise<void>;
}

/** The proxy to use: the option, else HTTPS_PROXY, ALL_PROXY, HTTP_PROXY (either case). */
export function proxyFromEnv(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const names = [
    'HTTPS_PROXY',
    'https_proxy',
    'ALL_PROXY',
    'all_proxy',
    'HTTP_PROXY',
    'http_proxy',
  ];
  return option ?? names.map((n) => env[n]).find((v) => v !== undefined && v !== '');
}

const LOOPBACK = /^(?:localhost|127(?:\.\d+){3}|\[::1\])(?::\d+)?$/i;

/** Loopback and NO_PROXY hosts go direct (replica sites and tests run on 127.0.0.1). */
export function bypassesProxy(
  host: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (LOOPBACK.test(host)) return true;
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  const rules = (env.NO_PROXY ?? env.no_proxy ?? '').split(',').map((r) => r.trim().toLowerCase());
  return rules.some(
    (r) =>
      r === '*' ||
      (r !== '' &&
        (hostname === r.replace(/^\./, '') || hostname.endsWith(`.${r.replace(/^\./, '')}`))),
  );
}

export async function openProxyBridge(proxy: string | undefined): Promise<ProxyBridge> {
  if (!proxy) return { url: undefined, close: async () => {} };
  const parsed = new URL(proxy);
  const plainHttp =
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.username;
  if (plainHttp) return { url: proxy, close: async () => {} };
  if (!/^(?:https?|socks[45]?[ah]?):$/.test(parsed.protocol)) {
    throw new Error(`unsupported proxy ${parsed.protocol}// (use http://, https:// or socks5://)`);
  }
  // The proxy resolves host names, as it does for https (CONNECT) and as Chromium does with
  // SOCKS: a site's address as seen from the proxy's side is the one that works.
  if (parsed.protocol === 'socks5:') parsed.protocol = 'socks5h:';
  const upstreamProxyUrl = parsed.href;
  const server = new Server({
    port: 0,
    host: '127.0.0.1',
    prepareRequestFunction: () => ({ upstreamProxyUrl, requestAuthentication: false }),
  });
  await server.listen();
  return {
    url: `http://127.0.0.1:${server.port}`,
    close: () => server.close(true),
  };
}
