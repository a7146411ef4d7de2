// A local HTTP server that behaves like an OpenAI-compatible chat completions
// API, per OpenAI's documentation and what llama.cpp / vLLM / Ollama do:
// `POST /v1/chat/completions`, Bearer auth, `usage` in every answer, OpenAI's
// error body `{error:{message,type,param,code}}`, 404 `model_not_found`,
// 429 with `retry-after` / `retry-after-ms` on demand. Modes cover servers
// without structured output. Records every request. Binds 127.0.0.1:0.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeDraft {
  title: string;
  summary: string;
  body_markdown: string;
  tags: string[];
}

/**
 * - `structured`: honours json_schema, answers bare JSON (OpenAI, recent vLLM).
 * - `reject_json_schema`: 400 when response_format is json_schema (older llama.cpp / vLLM), plain text otherwise.
 * - `fenced_text`: ignores response_format and wraps the JSON in prose and a ```json fence.
 * - `prose_only`: ignores response_format and answers with no JSON at all.
 */
export type FakeOpenAiMode = 'structured' | 'reject_json_schema' | 'fenced_text' | 'prose_only';

export interface RecordedChatRequest {
  path: string;
  authorization?: string;
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    temperature?: number;
    [key: string]: unknown;
  };
}

export interface FakeFailure {
  status: number;
  /** Seconds, as `retry-after`. */
  retryAfter?: string;
  /** Milliseconds, as `retry-after-ms`. */
  retryAfterMs?: number;
  code?: string;
  message?: string;
}

export interface FakeOpenAiOptions {
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Known models. Default ['test-model']. */
  models?: string[];
  mode?: FakeOpenAiMode;
  /** Delay before every answer. */
  latencyMs?: number;
  /** Body words of a first-pass draft; fix passes always get 450. Default 450. */
  firstPassWords?: number;
  /** Token counts in `usage`. Default 100 / 500. */
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Replace the drafting: what the "model" writes for a request. */
  respond?: (request: RecordedChatRequest['body']) => FakeDraft;
}

export interface FakeOpenAiServer {
  /** API root to use as baseUrl: http://127.0.0.1:<port>/v1 */
  baseUrl: string;
  requests: RecordedChatRequest[];
  /** Answer the next `count` chat requests with this failure. */
  failNext(count: number, failure: FakeFailure): void;
  setMode(mode: FakeOpenAiMode): void;
  setLatency(ms: number): void;
  close(): Promise<void>;
}

export async function startFakeOpenAiServer(options: FakeOpenAiOptions = {}): Promise<FakeOpenAiServer> {
  const requests: RecordedChatRequest[] = [];
  const failures: FakeFailure[] = [];
  const models = options.models ?? ['test-model'];
  let mode: FakeOpenAiMode = options.mode ?? 'structured';
  let latencyMs = options.latencyMs ?? 0;
  let counter = 0;

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      return sendError(
        res,
        404,
        `Unknown request URL: ${req.method} ${req.url}`,
        'invalid_request_error',
        'unknown_url',
      );
    }
    let body: RecordedChatRequest['body'];
    try {
      body = JSON.parse(raw) as RecordedChatRequest['body'];
    } catch {
      return sendError(res, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null);
    }
    requests.push({ path: req.url, authorization: req.headers.authorization, body });

    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      const shown = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      // Like OpenAI: the message echoes a masked form of the key it got.
      const masked = shown ? `${shown.slice(0, 3)}***${shown.slice(-4)}` : '';
      return sendError(res, 401, `Incorrect API key provided: ${masked}.`, 'invalid_request_error', 'invalid_api_key');
    }
    const failure = failures.shift();
    if (failure) {
      const headers: Record<string, string> = {};
      if (failure.retryAfter !== undefined) headers['retry-after'] = failure.retryAfter;
      if (failure.retryAfterMs !== undefined) headers['retry-after-ms'] = String(failure.retryAfterMs);
      const type = failure.status === 429 ? 'rate_limit_exceeded' : 'server_error';
      return sendError(
        res,
        failure.status,
        failure.message ?? 'Simulated failure.',
        type,
        failure.code ?? null,
        headers,
      );
    }
    if (!body.model || !models.includes(body.model)) {
      return sendError(
        res,
        404,
        `The model \`${body.model}\` does not exist or you do not have access to it.`,
        'invalid_request_error',
        'model_not_found',
      );
    }
    const wantsSchema = body.response_format?.type === 'json_schema';
    if (mode === 'reject_json_schema' && wantsSchema) {
      // llama.cpp's wording for a response_format it does not know.
      return sendError(
        res,
        400,
        'response_format type must be one of "text" or "json_object", but got: json_schema',
        'invalid_request_error',
        null,
      );
    }

    const draft = (options.respond ?? ((b) => defaultDraft(b, options.firstPassWords ?? 450)))(body);
    const json = JSON.stringify(draft);
    let content: string;
    if (mode === 'prose_only') content = 'I am happy to help you write this article! Let me know the details.';
    else if (mode === 'fenced_text' || (mode === 'reject_json_schema' && !wantsSchema)) {
      content = `Sure! Here is the article you asked for:\n\n\`\`\`json\n${JSON.stringify(draft, null, 2)}\n\`\`\`\n\nLet me know if you want changes.`;
    } else content = json;

    counter += 1;
    const usage = options.usage ?? { prompt_tokens: 100, completion_tokens: 500 };
    send(res, 200, {
      id: `chatcmpl-fake${counter}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        { index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' },
      ],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext: (count, failure) => {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    setMode: (next) => {
      mode = next;
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * What the fake "model" writes: reads the Title / Keywords lines of the first
 * user message; a fix pass (a conversation with an assistant turn) gets a
 * full-length body, a first pass `firstPassWords` words.
 */
export function defaultDraft(body: RecordedChatRequest['body'], firstPassWords: number): FakeDraft {
  const messages = body.messages ?? [];
  const ask = messages.find((m) => m.role === 'user')?.content ?? '';
  const isFix = messages.some((m) => m.role === 'assistant');
  const titleLine = /^Title: (.*)$/m.exec(ask)?.[1] ?? '';
  const title = titleLine.startsWith('(') || !titleLine ? 'A helpful article' : titleLine;
  const keywords = (/^Keywords[^:]*: (.*)$/m.exec(ask)?.[1] ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const words = isFix ? 450 : firstPassWords;
  // Whole sentences, as a model writes: one run-on sentence reads as
  // unreadable to the READING_LEVEL rule and would send every draft to a fix pass.
  const filler = 'Practical advice helps customers choose care and enjoy what they buy every single day.'.split(' ');
  const text: string[] = [`This article covers ${keywords.join(', ') || 'the topic'}.`];
  while (text.join(' ').split(/\s+/).length < words) text.push(...filler);
  const all = text.join(' ').split(/\s+/).slice(0, Math.max(words, 4));
  const half = Math.ceil(all.length / 2);
  const sentence = (words: string[]) => `${words.join(' ').replace(/\.$/, '')}.`;
  const bodyMarkdown = `## Overview\n\n${sentence(all.slice(0, half))}\n\n## Details\n\n${sentence(all.slice(half))}\n`;
  return { title, summary: `A short read about ${title}.`, body_markdown: bodyMarkdown, tags: keywords.slice(0, 3) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  type: string,
  code: string | null,
  headers: Record<string, string> = {},
): void {
  send(res, status, { error: { message, type, param: null, code } }, headers);
}
