// One HTTP request as a doctor probe makes it: never throws, gives up after
// the request timeout, and keeps what it saw (status, headers, body) for a
// pure check to judge.
import type { HttpObservation } from './types';

export interface ProbeRequest {
  method?: string;
  headers?: Record<string, string>;
  /** JSON-encoded unless it is already a string or URLSearchParams. */
  body?: unknown;
}

export async function probe(
  fetchImpl: typeof fetch,
  url: string,
  request: ProbeRequest,
  timeoutMs: number,
): Promise<HttpObservation> {
  const { method = 'GET', headers = {}, body } = request;
  const encoded =
    body === undefined || typeof body === 'string' || body instanceof URLSearchParams ? body : JSON.stringify(body);
  const contentType =
    body === undefined ? {} : body instanceof URLSearchParams ? {} : { 'content-type': 'application/json' };
  try {
    const response = await fetchImpl(url, {
      method,
      headers: { accept: 'application/json', ...contentType, ...headers },
      body: encoded as string | URLSearchParams | undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: Object.fromEntries(response.headers), body: json, text };
  } catch (error) {
    const e = error as Error & { cause?: Error };
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      return { error: `no answer within ${timeoutMs / 1000} s` };
    return { error: e.cause?.message ? `${e.message} (${e.cause.message})` : e.message };
  }
}
