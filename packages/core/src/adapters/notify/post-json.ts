// POST a JSON body with bounded retries of 429/5xx and network errors,
// honouring Retry-After. Never throws: a notification that cannot be
// delivered is reported, never allowed to fail the run. Messages never carry
// the URL (a Slack webhook URL is itself the secret).
import { errorMessage } from '../../errors';
import { isRetryableStatus, realSleep, retryWaitMs } from '../../util/http-retry';
import type { Redact } from './message';

export interface DeliveryOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => Date;
  /** Retries after the first try. Default 3. */
  maxRetries?: number;
  /** Per try. Default 10 s. */
  timeoutMs?: number;
}

export interface DeliveryResult {
  delivered: boolean;
  error?: string;
  /** Tries made, including the first. */
  attempts: number;
}

export async function postJson(
  service: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  redact: Redact,
  options: DeliveryOptions = {},
): Promise<DeliveryResult> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? realSleep;
  const maxRetries = options.maxRetries ?? 3;
  let payload: string;
  try {
    payload = JSON.stringify(body);
  } catch (error) {
    return { delivered: false, error: `${service}: cannot encode the message: ${errorMessage(error)}`, attempts: 0 };
  }

  let problem = '';
  let tries = 0;
  for (let attempt = 0; ; attempt++) {
    tries = attempt + 1;
    let retryHeaders: Headers | undefined;
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: payload,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      const text = (await response.text()).trim();
      if (response.ok) return { delivered: true, attempts: tries };
      // Redacted before it is cut: a cut could split a secret the server quoted.
      problem = `answered ${response.status}${text ? ` ${excerpt(redact(text))}` : ''}`;
      if (!isRetryableStatus(response.status)) break;
      retryHeaders = response.headers;
    } catch (error) {
      problem = `cannot be reached: ${describe(error)}`;
    }
    if (attempt >= maxRetries) break;
    const now = options.now ? options.now() : new Date();
    await sleep(retryWaitMs(attempt, retryHeaders, now, options.random ?? Math.random));
  }
  return { delivered: false, error: redact(`${service} ${problem}`), attempts: tries };
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  const cause = error instanceof Error ? (error as { cause?: unknown }).cause : undefined;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : errorMessage(error);
}

function excerpt(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
