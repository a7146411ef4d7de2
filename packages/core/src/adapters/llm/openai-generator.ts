// The Generator port over any OpenAI-compatible chat completions API
// (OpenAI, Azure-style gateways, Ollama, vLLM, llama.cpp server, LM Studio).
// Asks for structured output (json_schema); when a server rejects it or
// ignores it, falls back to plain content with the JSON extracted from the
// text, and keeps to that for the rest of the run.
import { ItemError } from '../../errors';
import type { Draft, GenerateRequest, Generator, Logger, Usage } from '../../ports';
import { realSleep } from '../../util/http-retry';
import { type ChatClientOptions, type ChatReply, postChatCompletion } from './chat-client';
import { DRAFT_JSON_SCHEMA, DRAFT_SCHEMA_NAME, toDraft } from './draft-schema';
import { extractJsonObject } from './json-extract';
import { buildMessages } from './prompt';

export interface Pricing {
  /** USD per million prompt tokens. */
  inputPerMillion: number;
  /** USD per million completion tokens. */
  outputPerMillion: number;
}

export interface OpenAiGeneratorOptions {
  /** API root, e.g. https://api.openai.com/v1 or http://localhost:11434/v1. */
  baseUrl: string;
  apiKey?: string;
  model: string;
  temperature?: number;
  systemPrompt?: string;
  styleGuide?: string;
  pricing?: Pricing;
  /** Per request. Default 60 s. */
  timeoutMs?: number;
  /** Retries of 429/5xx/network errors per request. Default 3. */
  maxRetries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => Date;
  /** Masks other secrets in server text repeated in errors and logs. The key is always masked. */
  redact?: (text: string) => string;
  log?: Logger;
}

type Mode = 'json_schema' | 'plain';

export class OpenAiCompatibleGenerator implements Generator {
  private mode: Mode = 'json_schema';
  private readonly client: ChatClientOptions;

  constructor(private readonly options: OpenAiGeneratorOptions) {
    const key = options.apiKey;
    const redact = options.redact ?? ((text: string) => text);
    this.client = {
      baseUrl: options.baseUrl,
      apiKey: key,
      model: options.model,
      timeoutMs: options.timeoutMs ?? 60_000,
      maxRetries: options.maxRetries ?? 3,
      fetch: options.fetch ?? globalThis.fetch,
      sleep: options.sleep ?? realSleep,
      random: options.random ?? Math.random,
      now: options.now ?? (() => new Date()),
      scrub: (text) => redact(key ? text.split(key).join('***') : text),
      log: options.log,
    };
  }

  /** 'plain' once the server has shown it does not do json_schema. */
  get outputMode(): Mode {
    return this.mode;
  }

  async generate(request: GenerateRequest): Promise<{ draft: Draft; usage: Usage }> {
    const replies: ChatReply[] = [];
    const ask = async (): Promise<ChatReply | undefined> => {
      const outcome = await postChatCompletion(this.body(request), this.mode === 'json_schema', this.client);
      if (outcome.kind === 'schema_rejected') {
        this.fallBack(`the server rejected json_schema: ${outcome.message}`);
        return undefined;
      }
      replies.push(outcome.reply);
      return outcome.reply;
    };

    // At most one extra request: the one repeated in plain mode after the server refused or ignored the schema.
    let reply = (await ask()) ?? (await ask());
    let json = reply ? this.parse(reply) : undefined;
    if (reply && !json && this.mode === 'json_schema') {
      this.fallBack('the server ignored json_schema and answered with text that holds no JSON object');
      reply = await ask();
      json = reply ? this.parse(reply) : undefined;
    }
    if (!reply || !json) {
      const truncated = reply?.finishReason === 'length' ? ' (the answer was cut off at the token limit)' : '';
      throw new ItemError('LLM_BAD_OUTPUT', `the model's answer holds no JSON object${truncated}`, true);
    }
    return { draft: toDraft(json), usage: this.usage(replies) };
  }

  private body(request: GenerateRequest): Record<string, unknown> {
    const body: Record<string, unknown> = {
      model: this.options.model,
      messages: buildMessages(request, {
        systemPrompt: this.options.systemPrompt,
        styleGuide: this.options.styleGuide,
      }),
    };
    if (this.options.temperature !== undefined) body.temperature = this.options.temperature;
    if (this.mode === 'json_schema') {
      body.response_format = {
        type: 'json_schema',
        json_schema: { name: DRAFT_SCHEMA_NAME, strict: true, schema: DRAFT_JSON_SCHEMA },
      };
    }
    return body;
  }

  /** The JSON object in the answer; in json_schema mode a non-JSON answer means the server ignored the schema. */
  private parse(reply: ChatReply): Record<string, unknown> | undefined {
    const json = extractJsonObject(reply.content);
    if (json && this.mode === 'json_schema' && !isWholeJson(reply.content)) {
      this.fallBack('the server answered json_schema requests with text around the JSON');
    }
    return json;
  }

  private fallBack(reason: string): void {
    if (this.mode === 'plain') return;
    this.mode = 'plain';
    this.options.log?.warn('LLM structured output not supported; using plain JSON answers for the rest of the run', {
      model: this.options.model,
      reason,
    });
  }

  private usage(replies: ChatReply[]): Usage {
    const tokensIn = replies.reduce((sum, reply) => sum + reply.promptTokens, 0);
    const tokensOut = replies.reduce((sum, reply) => sum + reply.completionTokens, 0);
    const pricing = this.options.pricing;
    const cost = pricing ? (tokensIn * pricing.inputPerMillion + tokensOut * pricing.outputPerMillion) / 1_000_000 : 0;
    // Round to a millionth of a dollar: enough for sums, free of float noise in the run log.
    return { tokens_in: tokensIn, tokens_out: tokensOut, cost_usd: Math.round(cost * 1e6) / 1e6 };
  }
}

function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
