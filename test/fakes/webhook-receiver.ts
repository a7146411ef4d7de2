// A local webhook receiver: records every POST and answers like a Slack
// incoming webhook (200 "ok"; plain-text error codes: 400 invalid_payload /
// no_text, 404 no_service, 410 channel_is_archived, 429 with Retry-After,
// 500 rollup_error) or like a plain JSON endpoint. Can fail the next N posts
// on demand. Binds 127.0.0.1:0.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent. */
  raw: string;
  /** The body parsed as JSON, undefined when it is not JSON. */
  json: unknown;
}

export interface ReceiverFailure {
  status: number;
  /** Plain-text body; defaults to Slack's code for the status. */
  body?: string;
  /** Seconds, sent as Retry-After. */
  retryAfter?: string;
  /** Quote the request line back in the body, as some proxies' error pages do (`POST /path?query HTTP/1.1`). */
  echoRequest?: boolean;
}

export interface WebhookReceiver {
  /** http://127.0.0.1:<port>/hook — any path is accepted. */
  url: string;
  /** Every post received, failed ones included. */
  posts: ReceivedPost[];
  /** Posts answered with success. */
  delivered(): ReceivedPost[];
  failNext(count: number, failure: ReceiverFailure): void;
  close(): Promise<void>;
}

const SLACK_CODES: Record<number, string> = {
  400: 'invalid_payload',
  403: 'action_prohibited',
  404: 'no_service',
  410: 'channel_is_archived',
  429: 'rate_limited',
  500: 'rollup_error',
};

export async function startWebhookReceiver(options: { slack?: boolean } = {}): Promise<WebhookReceiver> {
  const posts: ReceivedPost[] = [];
  const ok = new Set<ReceivedPost>();
  const failures: ReceiverFailure[] = [];

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    const post: ReceivedPost = { path: req.url ?? '/', headers: { ...req.headers }, raw, json };
    posts.push(post);

    const failure = failures.shift();
    if (failure) {
      const headers: Record<string, string> = { 'content-type': 'text/plain' };
      if (failure.retryAfter !== undefined) headers['retry-after'] = failure.retryAfter;
      res.writeHead(failure.status, headers);
      const echo = failure.echoRequest ? `: ${req.method} ${req.url} HTTP/${req.httpVersion} (path ${req.url})` : '';
      return res.end(`${failure.body ?? SLACK_CODES[failure.status] ?? 'error'}${echo}`);
    }
    if (req.method !== 'POST' || json === undefined) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      return res.end('invalid_payload');
    }
    if (options.slack) {
      const message = json as { text?: unknown; blocks?: unknown };
      if (typeof message.text !== 'string' && !Array.isArray(message.blocks)) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        return res.end('no_text');
      }
      ok.add(post);
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('ok');
    }
    ok.add(post);
    res.writeHead(204);
    res.end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    posts,
    delivered: () => posts.filter((post) => ok.has(post)),
    failNext: (count, failure) => {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
