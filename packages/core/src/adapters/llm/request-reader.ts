// `queue add --request` read by the configured LLM: free text in, rows out
// through a JSON schema (structured output; a server without it answers
// plain JSON, which is extracted). Every row is checked as the deterministic
// parser's would be (a title, P0–P2, a publish time the queue reads); an
// answer that fails any check is an error, and the caller falls back to
// parseRequest (domain/queue/request-parse.ts).
import { z } from 'zod';
import type { RequestedRow } from '../../domain/queue/request-parse';
import { parseQueueTime } from '../../domain/queue/time';
import { PRIORITIES } from '../../model';
import { realSleep } from '../../util/http-retry';
import { type ChatClientOptions, postChatCompletion } from './chat-client';
import { extractJsonObject } from './json-extract';

export interface RequestReaderOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  redact?: (text: string) => string;
}

const SCHEMA_NAME = 'queue_rows';

// Strict mode: every property required, no others; empty strings for "not said".
export const REQUEST_ROWS_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['rows'],
  properties: {
    rows: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'brief', 'keywords', 'priority', 'publish_at'],
        properties: {
          title: { type: 'string', description: 'the article topic, as the user wrote it' },
          brief: { type: 'string', description: 'what the article should cover; empty if not said' },
          keywords: { type: 'array', items: { type: 'string' } },
          priority: { type: 'string', enum: ['P0', 'P1', 'P2', ''] },
          publish_at: { type: 'string', description: 'YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SSZ in UTC; empty if not said' },
        },
      },
    },
  },
} as const;

const Answer = z.object({
  rows: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(300),
        brief: z.string().trim().max(2000),
        keywords: z.array(z.string().trim()).max(30),
        priority: z.enum([...PRIORITIES, '']),
        publish_at: z
          .string()
          .trim()
          .refine((v) => v === '' || parseQueueTime(v) !== undefined, 'not a time the queue reads'),
      }),
    )
    .min(1)
    .max(50),
});

function messages(text: string, now: Date) {
  return [
    {
      role: 'system',
      content:
        'You turn an editor’s request into rows of a blog content queue. One row per article topic. ' +
        'Priority: P0 for urgent / asap, P1 for high priority, P2 for low priority, empty when not said. ' +
        'publish_at: the publishing date the request gives, resolved against the current time, as YYYY-MM-DD ' +
        '(or YYYY-MM-DDTHH:MM:SSZ in UTC when a time of day is given); empty when not said. ' +
        'Never make a row of a priority word or a date alone. Keep titles as written. Answer with JSON only.',
    },
    { role: 'user', content: `Current time: ${now.toISOString()} (UTC)\nRequest:\n${text}` },
  ];
}

/** The rows the LLM reads in the request; throws when it cannot, or answers rows that do not check. */
export async function readRequestWithLlm(
  text: string,
  now: Date,
  options: RequestReaderOptions,
): Promise<RequestedRow[]> {
  const redact = options.redact ?? ((t: string) => t);
  const key = options.apiKey;
  const client: ChatClientOptions = {
    baseUrl: options.baseUrl,
    apiKey: key,
    model: options.model,
    timeoutMs: options.timeoutMs,
    maxRetries: 1,
    fetch: options.fetch ?? globalThis.fetch,
    sleep: realSleep,
    random: Math.random,
    now: () => now,
    scrub: (t) => redact(key ? t.split(key).join('***') : t),
  };
  const body = { model: options.model, temperature: 0, messages: messages(text, now) };
  let outcome = await postChatCompletion(
    {
      ...body,
      response_format: {
        type: 'json_schema',
        json_schema: { name: SCHEMA_NAME, strict: true, schema: REQUEST_ROWS_JSON_SCHEMA },
      },
    },
    true,
    client,
  );
  if (outcome.kind === 'schema_rejected') outcome = await postChatCompletion(body, false, client);
  if (outcome.kind !== 'reply') throw new Error('the model server rejected the request');
  const json = extractJsonObject(outcome.reply.content);
  if (!json) throw new Error('the model answered without a JSON object');
  const parsed = Answer.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`the model's rows do not check: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data.rows.map((row) => {
    const keywords = row.keywords.filter(Boolean).join(';');
    return {
      title: row.title.replace(/\s+/g, ' '),
      ...(row.brief ? { brief: row.brief } : {}),
      ...(keywords ? { keywords } : {}),
      ...(row.priority ? { priority: row.priority } : {}),
      ...(row.publish_at ? { publish_at: row.publish_at } : {}),
    };
  });
}
