// The heartbeat behind a URL (LOCAL_HEARTBEAT_URL): the local runner pushes it
// somewhere reachable and the workflow fetches it. Every failure is a reason,
// never a throw: heartbeat-check must warn and carry on.
import { parseHeartbeat } from '../../domain/heartbeat';
import type { HeartbeatRead, HeartbeatSource } from '../../ports';

export interface UrlHeartbeatOptions {
  url: string;
  /** Default 10 s. */
  timeoutMs?: number;
  /** Shown in `source` instead of the URL (which may carry a token in its query). */
  label?: string;
  fetch?: typeof fetch;
}

export class UrlHeartbeatSource implements HeartbeatSource {
  constructor(private readonly options: UrlHeartbeatOptions) {}

  async read(): Promise<HeartbeatRead> {
    const { url, timeoutMs = 10_000 } = this.options;
    const source = `url ${this.options.label ?? safeUrl(url)}`;
    const unreachable = (detail: string): HeartbeatRead => ({ ok: false, reason: 'unreachable', detail, source });
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
      text = await response.text();
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError')
        return unreachable(`no answer within ${timeoutMs} ms (timeout)`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return unreachable(`network error: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    if (!response.ok) return unreachable(`the URL answered HTTP ${response.status} ${response.statusText}`.trim());
    return parseHeartbeat(text, source);
  }
}

/** The URL without credentials or query, for messages. */
function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
