// One POST to {baseUrl}/chat/completions with the retry and error rules of an
// OpenAI-compatible API: 429/5xx and network errors are retried honouring
// retry-after; a timeout, a bad key, an unknown model or a rejected request
// each become the error a host knows how to report. A request also ends
// when the run's signal fires (its time budget); then nothing is retried.
import { ItemError, UserError } from '../../errors';
import type { Logger } from '../../ports';
import { requestSignal, throwIfRunAborted } from '../../util/abort';
import { isRetryableStatus, retryWaitMs, waitBeforeRetry } from '../../util/http-retry';

export interface ChatClientOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => Date;
  /** Masks secrets in server text we repeat in errors and logs (the key is always masked). */
  scrub: (text: string) => string;
  log?: Logger;
}

export interface ChatReply {
  content: string;
  finishReason: string;
  promptTokens: number;
  completionTokens: number;
}

export type ChatOutcome = { kind: 'reply'; reply: ChatReply } | { kind: 'schema_rejected'; message: string };

interface ErrorBody {
  message: string;
  code: string;
}

/** POST the body; `structured` says whether it carries a json_schema response_format. */
export async function postChatCompletion(
  body: Record<string, unknown>,
  structured: boolean,
  options: ChatClientOptions,
): Promise<ChatOutcome> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

  let lastProblem = '';
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    let text: string;
    throwIfRunAborted();
    try {
      response = await options.fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: requestSignal(options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throwIfRunAborted();
      if (isTimeout(error)) {
        throw new ItemError('LLM_TIMEOUT', `the model did not answer within ${options.timeoutMs} ms`, true);
      }
      lastProblem = `cannot reach ${hostOf(url)}: ${options.scrub(describeNetworkError(error))}`;
      if (attempt >= options.maxRetries) break;
      await wait(attempt, undefined, lastProblem, options);
      continue;
    }

    if (response.ok) return { kind: 'reply', reply: parseReply(text, options) };

    const error = parseErrorBody(text, options.scrub);
    if (structured && mentionsResponseFormat(error.message) && response.status !== 429) {
      return { kind: 'schema_rejected', message: error.message };
    }
    if (response.status === 401 || response.status === 403) throw badKey(response.status, error, options);
    if (response.status === 404) throw notFound(error, options);
    if (response.status === 429 && error.code === 'insufficient_quota') {
      throw new UserError(
        `the LLM provider refused LLM_API_KEY for lack of quota (429 insufficient_quota): check the account's plan and billing. Server said: ${error.message}`,
      );
    }
    if (!isRetryableStatus(response.status)) {
      throw new ItemError(
        'LLM_REQUEST_REJECTED',
        `the model server rejected the request (${response.status}${error.code ? ` ${error.code}` : ''}): ${error.message}`,
        false,
      );
    }
    lastProblem = `${response.status}${error.code ? ` ${error.code}` : ''}: ${error.message}`;
    if (attempt >= options.maxRetries) break;
    await wait(attempt, response.headers, lastProblem, options);
  }
  throw new ItemError(
    'LLM_UNAVAILABLE',
    `the model server is unavailable after ${options.maxRetries + 1} attempts (last: ${lastProblem})`,
    true,
  );
}

async function wait(attempt: number, headers: Headers | undefined, problem: string, options: ChatClientOptions) {
  const ms = retryWaitMs(attempt, headers, options.now(), options.random);
  options.log?.warn('LLM request failed, retrying', { attempt: attempt + 1, wait_ms: ms, problem });
  await waitBeforeRetry(options.sleep, ms);
}

function parseReply(text: string, options: ChatClientOptions): ChatReply {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ItemError(
      'LLM_BAD_RESPONSE',
      `the model server answered with something that is not JSON: ${excerpt(options.scrub(text))}`,
      true,
    );
  }
  const root = (json ?? {}) as {
    choices?: Array<{ message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown }>;
    usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
  };
  const choice = root.choices?.[0];
  if (!choice?.message) {
    throw new ItemError('LLM_BAD_RESPONSE', 'the model server answered without choices[0].message', true);
  }
  if (typeof choice.message.refusal === 'string' && choice.message.refusal) {
    throw new ItemError('LLM_REFUSED', `the model refused: ${excerpt(choice.message.refusal)}`, false);
  }
  return {
    content: typeof choice.message.content === 'string' ? choice.message.content : '',
    finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : '',
    promptTokens: count(root.usage?.prompt_tokens),
    completionTokens: count(root.usage?.completion_tokens),
  };
}

/** OpenAI's `{error:{message,type,code}}`, llama.cpp's numeric code, or plain text. */
function parseErrorBody(text: string, scrub: (text: string) => string): ErrorBody {
  try {
    const json = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
    const error = json.error;
    if (typeof error === 'object' && error !== null) {
      const { message, code, type } = error as { message?: unknown; code?: unknown; type?: unknown };
      return {
        message: excerpt(scrub(String(message ?? text))),
        code: typeof code === 'string' ? code : typeof type === 'string' ? type : '',
      };
    }
    const message = typeof error === 'string' ? error : (json.message ?? json.detail);
    if (message !== undefined)
      return { message: excerpt(scrub(typeof message === 'string' ? message : JSON.stringify(message))), code: '' };
  } catch {
    // not JSON: fall through to the raw text
  }
  return { message: excerpt(scrub(text.trim() || '(empty body)')), code: '' };
}

function mentionsResponseFormat(message: string): boolean {
  return /response_format|json_schema|structured output/i.test(message);
}

function badKey(status: number, error: ErrorBody, options: ChatClientOptions): UserError {
  const what = options.apiKey ? 'rejected LLM_API_KEY' : 'requires a key and LLM_API_KEY is not set';
  return new UserError(`the model server at ${hostOf(options.baseUrl)} ${what} (${status}): ${error.message}`);
}

function notFound(error: ErrorBody, options: ChatClientOptions): UserError {
  if (error.code === 'model_not_found' || /model/i.test(error.message)) {
    return new UserError(
      `the model server at ${hostOf(options.baseUrl)} does not know LLM_MODEL "${options.model}" (404): ${error.message}`,
    );
  }
  return new UserError(
    `the model server answered 404 for ${hostOf(options.baseUrl)}/…/chat/completions: check LLM_BASE_URL (it usually ends in /v1) and LLM_MODEL "${options.model}"`,
  );
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the LLM_BASE_URL';
  }
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

function excerpt(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
