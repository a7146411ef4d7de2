import { afterEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleGenerator, type OpenAiGeneratorOptions } from '../../../packages/core/src/adapters/llm';
import { ItemError, UserError } from '../../../packages/core/src/errors';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { type FakeOpenAiOptions, type FakeOpenAiServer, startFakeOpenAiServer } from '../../fakes/openai-server';

const KEY = 'sk-proj-SECRETKEY1234567890';
const item = {
  id: 'i1',
  title: 'Storing coffee beans',
  brief: 'Keep them fresh.',
  keywords: ['coffee beans', 'airtight'],
};

let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(serverOptions: FakeOpenAiOptions = {}, options: Partial<OpenAiGeneratorOptions> = {}) {
  server = await startFakeOpenAiServer({ apiKey: KEY, ...serverOptions });
  const waits: number[] = [];
  const log = createMemoryLogger();
  const generator = new OpenAiCompatibleGenerator({
    baseUrl: server.baseUrl,
    apiKey: KEY,
    model: 'test-model',
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    log,
    ...options,
  });
  return { server, generator, waits, log };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('OpenAiCompatibleGenerator: the request', () => {
  it('posts model, messages, temperature, a strict json_schema and the Bearer key', async () => {
    const { server, generator } = await setup(
      {},
      { temperature: 0.3, systemPrompt: 'You write for BeanCo.', styleGuide: 'No jargon.' },
    );
    const { draft } = await generator.generate({ item });
    expect(draft.title).toBe('Storing coffee beans');
    const [request] = server.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.body.model).toBe('test-model');
    expect(request?.body.temperature).toBe(0.3);
    expect(request?.body.response_format?.type).toBe('json_schema');
    expect(request?.body.response_format?.json_schema?.strict).toBe(true);
    expect(request?.body.response_format?.json_schema?.schema).toMatchObject({
      required: ['title', 'summary', 'body_markdown', 'tags', 'meta_title', 'meta_description', 'image_alt'],
    });
    const system = request?.body.messages?.[0]?.content ?? '';
    expect(system).toContain('You write for BeanCo.');
    expect(system).toContain('No jargon.');
  });

  it('sends no Authorization header without a key (local servers)', async () => {
    const { server, generator } = await setup({ apiKey: undefined }, { apiKey: undefined });
    await generator.generate({ item });
    expect(server.requests[0]?.authorization).toBeUndefined();
  });

  it('sends the previous draft and the findings on a fix pass', async () => {
    const { server, generator } = await setup();
    const first = await generator.generate({ item });
    await generator.generate({
      item,
      fix: { draft: first.draft, findings: [{ code: 'BODY_TOO_SHORT', message: 'too few words' }] },
    });
    const messages = server.requests[1]?.body.messages ?? [];
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages[3]?.content).toContain('BODY_TOO_SHORT: too few words');
  });
});

describe('OpenAiCompatibleGenerator: usage and cost', () => {
  it('turns usage into tokens and cost per million tokens', async () => {
    const { generator } = await setup(
      { usage: { prompt_tokens: 2_000, completion_tokens: 1_000 } },
      { pricing: { inputPerMillion: 0.15, outputPerMillion: 0.6 } },
    );
    const { usage } = await generator.generate({ item });
    expect(usage).toEqual({ tokens_in: 2_000, tokens_out: 1_000, cost_usd: 0.0009 });
  });

  it('costs nothing without pricing', async () => {
    const { generator } = await setup();
    expect((await generator.generate({ item })).usage).toEqual({ tokens_in: 100, tokens_out: 500, cost_usd: 0 });
  });
});

describe('OpenAiCompatibleGenerator: servers without structured output', () => {
  it('falls back to plain content when json_schema is rejected, and remembers it', async () => {
    const { server, generator, log } = await setup({ mode: 'reject_json_schema' });
    const first = await generator.generate({ item });
    expect(first.draft.title).toBe('Storing coffee beans');
    expect(generator.outputMode).toBe('plain');
    await generator.generate({ item });
    const formats = server.requests.map((r) => r.body.response_format?.type ?? 'none');
    expect(formats).toEqual(['json_schema', 'none', 'none']);
    expect(log.events.filter((e) => e.level === 'warn' && /structured output/.test(e.message))).toHaveLength(1);
  });

  it('extracts fenced JSON from a server that ignores the schema', async () => {
    const { server, generator } = await setup({ mode: 'fenced_text' });
    const { draft, usage } = await generator.generate({ item });
    expect(draft.body_markdown).toContain('coffee beans');
    expect(usage.tokens_out).toBe(500);
    expect(generator.outputMode).toBe('plain');
    await generator.generate({ item });
    expect(server.requests[1]?.body.response_format).toBeUndefined();
  });

  it('asks once more in plain mode, then gives up with LLM_BAD_OUTPUT when there is no JSON at all', async () => {
    const { server, generator } = await setup({ mode: 'prose_only' });
    const error = await failure(generator.generate({ item }));
    expect(error).toBeInstanceOf(ItemError);
    expect((error as ItemError).code).toBe('LLM_BAD_OUTPUT');
    expect(server.requests).toHaveLength(2);
  });

  it('names the missing field when the JSON lacks one', async () => {
    const { generator } = await setup({ respond: () => ({ title: 'T', summary: 'S', tags: [] }) as never });
    const error = (await failure(generator.generate({ item }))) as ItemError;
    expect(error.code).toBe('LLM_BAD_OUTPUT');
    expect(error.message).toContain('"body_markdown"');
  });
});

describe('OpenAiCompatibleGenerator: retries and errors', () => {
  it('honours retry-after on 429 and succeeds', async () => {
    const { server, generator, waits } = await setup();
    server.failNext(2, { status: 429, retryAfter: '3', message: 'Rate limit reached' });
    const { draft } = await generator.generate({ item });
    expect(draft.title).toBe('Storing coffee beans');
    expect(waits).toEqual([3_000, 3_000]);
    expect(server.requests).toHaveLength(3);
  });

  it('honours retry-after-ms', async () => {
    const { server, generator, waits } = await setup();
    server.failNext(1, { status: 429, retryAfterMs: 120 });
    await generator.generate({ item });
    expect(waits).toEqual([120]);
  });

  it('backs off exponentially on 5xx, then fails transiently with LLM_UNAVAILABLE', async () => {
    const { server, generator, waits } = await setup({}, { maxRetries: 2 });
    server.failNext(5, { status: 503, message: 'The server is overloaded' });
    const error = (await failure(generator.generate({ item }))) as ItemError;
    expect(error).toBeInstanceOf(ItemError);
    expect(error.code).toBe('LLM_UNAVAILABLE');
    expect(error.transient).toBe(true);
    expect(error.message).toContain('503');
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([375, 750]);
  });

  it('gives LLM_UNAVAILABLE when the server cannot be reached', async () => {
    const { server, generator, waits } = await setup({}, { maxRetries: 1 });
    await server.close();
    const error = (await failure(generator.generate({ item }))) as ItemError;
    expect(error.code).toBe('LLM_UNAVAILABLE');
    expect(waits).toHaveLength(1);
  });

  it('times out with a transient LLM_TIMEOUT', async () => {
    const { generator } = await setup({ latencyMs: 400 }, { timeoutMs: 50 });
    const error = (await failure(generator.generate({ item }))) as ItemError;
    expect(error).toBeInstanceOf(ItemError);
    expect(error.code).toBe('LLM_TIMEOUT');
    expect(error.transient).toBe(true);
  });

  it('turns 401 into a UserError naming LLM_API_KEY, never the key', async () => {
    const wrongKey = 'sk-proj-WRONGKEY0987654321';
    const { generator, log } = await setup({}, { apiKey: wrongKey });
    const error = await failure(generator.generate({ item }));
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('LLM_API_KEY');
    expect((error as Error).message).not.toContain(wrongKey);
    expect(JSON.stringify(log.events)).not.toContain(wrongKey);
  });

  it('turns an unknown model into a UserError naming LLM_MODEL', async () => {
    const { generator } = await setup({}, { model: 'gpt-nope' });
    const error = await failure(generator.generate({ item }));
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('LLM_MODEL "gpt-nope"');
  });

  it('does not retry a request the server rejects', async () => {
    const { server, generator } = await setup();
    server.failNext(1, {
      status: 400,
      code: 'context_length_exceeded',
      message: 'maximum context length is 8192 tokens',
    });
    const error = (await failure(generator.generate({ item }))) as ItemError;
    expect(error.code).toBe('LLM_REQUEST_REJECTED');
    expect(error.transient).toBe(false);
    expect(error.message).toContain('context_length_exceeded');
    expect(server.requests).toHaveLength(1);
  });

  it('never logs the key, even while retrying', async () => {
    const { server, generator, log } = await setup();
    server.failNext(1, { status: 500, message: `upstream echoed ${KEY}` });
    await generator.generate({ item });
    expect(log.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(log.events)).not.toContain(KEY);
  });
});
