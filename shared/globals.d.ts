// WHATWG URL is a pure computation present in every runtime shared/ runs in (browsers,
// extension workers, Node), but it lives in the DOM/Node type libraries that shared/ keeps out
// on purpose. Declare just it, so that shared/ can resolve links without the rest of the DOM.
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  delete(name: string): void;
  sort(): void;
  keys(): IterableIterator<string>;
  forEach(cb: (value: string, key: string) => void): void;
  toString(): string;
}

declare class URL {
  constructor(url: string, base?: string | URL);
  static canParse(url: string, base?: string): boolean;
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  username: string;
  toString(): string;
  toJSON(): string;
}

// Likewise TextDecoder: pure, everywhere, and the fastest way from UTF-16 units to a string.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
