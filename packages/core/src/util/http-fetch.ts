// The part of `fetch` Octokit uses, over node:http and node:https.
//
// Why by hand: Node's own fetch is undici, which Node loads and compiles on
// the first call — about 50 ms of every action's start (the bench's
// "node + one fetch" against "node -e 0"), more than an action's whole
// start-up allowance (issue 12). node:http loads in a few milliseconds. The
// GitHub actions make a handful of small JSON requests per run, and Octokit
// (@octokit/request's fetch-wrapper) reads only `status`, `url`,
// `statusText`, the headers (iterated, and `get`), `text()` and
// `arrayBuffer()`. node-fetch would do, but loads slower than undici here.
// What fetch does that we keep: redirects followed (at most 5; a 303, or a
// 301/302 of a POST, becomes a GET; Authorization dropped on a cross-origin
// hop), the signal honoured at any point (the promise rejects with the
// signal's reason, as fetch does: a request timeout stays a TimeoutError),
// a network failure as a TypeError whose `cause` is the socket's error.
// Bodies are not compressed (no accept-encoding is sent).
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

/** A fetch Response, as far as Octokit reads one. */
export class HttpFetchResponse {
  readonly ok: boolean;
  readonly headers: HttpFetchHeaders;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    headers: IncomingHttpHeaders,
    private readonly bytes: Buffer,
    readonly redirected: boolean,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new HttpFetchHeaders(headers);
  }

  async text(): Promise<string> {
    return this.bytes.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.bytes.toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength) as ArrayBuffer;
  }
}

/** Response headers: lower-case names, repeated values joined with ", " (set-cookie aside, as fetch). */
export class HttpFetchHeaders {
  private readonly map = new Map<string, string>();

  constructor(headers: IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }

  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }

  forEach(each: (value: string, name: string) => void): void {
    for (const [name, value] of this.map) each(value, name);
  }
}

export interface HttpFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'error' | 'manual';
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Lib = typeof import('node:http');
let http: Lib | undefined;
let https: Lib | undefined;
/** node:http or node:https, loaded on first use (a run that never calls out loads neither). */
async function libFor(url: URL): Promise<Lib> {
  if (url.protocol === 'https:') {
    https ??= (await import('node:https')) as unknown as Lib;
    return https;
  }
  if (url.protocol === 'http:') {
    http ??= await import('node:http');
    return http;
  }
  throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
}

function networkError(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

/** One request and its whole body; no redirect handling. */
async function once(url: URL, init: HttpFetchInit, signal: AbortSignal | undefined): Promise<HttpFetchResponse> {
  const lib = await libFor(url);
  signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = () => {
      request.destroy();
      fail(signal?.reason);
    };
    const request = lib.request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} });
    request.on('error', (error) => fail(signal?.aborted ? signal.reason : networkError(error)));
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => fail(signal?.aborted ? signal.reason : networkError(error)));
      response.on('end', () => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        const status = response.statusCode ?? 0;
        resolve(
          new HttpFetchResponse(
            status,
            response.statusMessage ?? '',
            url.href,
            response.headers,
            Buffer.concat(chunks),
            false,
          ),
        );
      });
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    if (init.body != null) request.write(init.body);
    request.end();
  });
}

/** fetch(url, init) for Octokit: see the comment at the top of this file. */
export async function httpFetch(input: string | URL, init: HttpFetchInit = {}): Promise<HttpFetchResponse> {
  const signal = init.signal ?? undefined;
  let url = new URL(String(input));
  let current: HttpFetchInit = { ...init, headers: { ...init.headers } };
  for (let hop = 0; ; hop++) {
    const response = await once(url, current, signal);
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null || current.redirect === 'manual') {
      return hop === 0
        ? response
        : new HttpFetchResponse(
            response.status,
            response.statusText,
            url.href,
            Object.fromEntries(response.headers),
            Buffer.from(await response.arrayBuffer()),
            true,
          );
    }
    if (current.redirect === 'error') throw networkError(new Error(`unexpected redirect to ${location}`));
    if (hop >= MAX_REDIRECTS) throw networkError(new Error(`more than ${MAX_REDIRECTS} redirects`));
    const next = new URL(location, url);
    const method = (current.method ?? 'GET').toUpperCase();
    const toGet =
      response.status === 303 ? method !== 'HEAD' : [301, 302].includes(response.status) && method === 'POST';
    const headers = { ...current.headers };
    if (next.origin !== url.origin) {
      for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
    }
    if (toGet) {
      for (const name of Object.keys(headers)) {
        if (['content-type', 'content-length'].includes(name.toLowerCase())) delete headers[name];
      }
    }
    current = { ...current, headers, ...(toGet ? { method: 'GET', body: null } : {}) };
    url = next;
  }
}
