// A small GraphQL Admin client: one POST per operation, cost-aware waiting
// before a request would overdraw the rate-limit bucket, bounded retries for
// THROTTLED (which arrives as HTTP 200), 429 and 5xx, and clear messages for
// a bad token or a missing access scope. Hand-written rather than
// @shopify/admin-api-client: that package is not installed, and the part we
// need (cost bookkeeping with an injectable clock and sleep) is small.
//
// Waiting is bounded: each request carries its own timeout and the run's
// signal (util/abort.ts). Once the run's signal fires nothing is retried and
// no wait goes on. A write that got no answer (timeout, reset) may have been
// applied: unless the caller says re-sending it is harmless, it is not sent
// again here but thrown as an UnansweredWriteError, so the caller looks it up
// first (the publisher finds the item's article by handle and item id).
import { ServiceError, UserError } from '../../errors';
import type { Clock, Logger } from '../../ports';
import { DEFAULT_REQUEST_TIMEOUT_MS, isTimeoutError, requestSignal, throwIfRunAborted } from '../../util/abort';
import { backoffMs, waitBeforeRetry } from '../../util/http-retry';
import { retryAfterMs, type ThrottleStatus, waitForCostMs } from './throttle';

/** 0.5 s, 1 s, 2 s, … up to 30 s, each 50–100 % of its step. */
export const SHOPIFY_BACKOFF = { baseMs: 500, capMs: 30_000 };

export interface ShopifyClientOptions {
  endpoint: string;
  storeDomain: string;
  /**
   * The access token (resolved lazily; never logged). Called with the token
   * Shopify just rejected, a refreshable source (client credentials) gets a
   * fresh one; a fixed token comes back unchanged.
   */
  token: (rejected?: string) => Promise<string>;
  /** Whether a rejected token is worth one refresh (client credentials). */
  canRefreshToken: boolean;
  /** The settings the token comes from, named when Shopify refuses it. */
  credentials?: string;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: Clock;
  random: () => number;
  log?: Logger;
  /** Retries per request, across THROTTLED, 429, 5xx and network errors. */
  maxRetries: number;
  /** Expected cost of an operation we have not sent yet. */
  defaultCost: number;
  /** Per-request timeout in ms (default 30 s): a request with no answer by then is abandoned. */
  timeoutMs?: number;
}

export interface RequestOptions {
  /** Re-sending this mutation after a lost answer is harmless (an update to the same values). */
  idempotent?: boolean;
}

/** A mutation that got no answer: it may or may not have been applied. Look before sending it again. */
export class UnansweredWriteError extends ServiceError {
  constructor(
    readonly operation: string,
    reason: string,
  ) {
    super('shopify', `${operation} got no answer (${reason}); it may have been applied`, undefined, true);
  }
}

export interface ShopifyStats {
  requests: number;
  /** Waits for the rate-limit bucket (before sending, or after a THROTTLED answer). */
  throttleWaits: number;
  /** Milliseconds slept in those waits. */
  throttleWaitMs: number;
  retries: number;
}

interface GraphqlError {
  message?: string;
  extensions?: { code?: string };
}

interface GraphqlBody {
  data?: unknown;
  errors?: GraphqlError[] | string;
  extensions?: { cost?: { requestedQueryCost?: number; throttleStatus?: ThrottleStatus } };
}

export class ShopifyGraphqlClient {
  private status: ThrottleStatus | undefined;
  private observedAt = 0;
  private readonly lastCost = new Map<string, number>();
  private readonly counts: ShopifyStats = { requests: 0, throttleWaits: 0, throttleWaitMs: 0, retries: 0 };

  constructor(private readonly options: ShopifyClientOptions) {}

  stats(): ShopifyStats {
    return { ...this.counts };
  }

  /** The last throttle status seen (for reports). */
  throttleStatus(): ThrottleStatus | undefined {
    return this.status && { ...this.status };
  }

  async request<T>(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    requestOptions: RequestOptions = {},
  ): Promise<T> {
    const { options } = this;
    const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const resendable = requestOptions.idempotent === true || !/^\s*mutation\b/.test(query);
    let token = await options.token();
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      throwIfRunAborted();
      await this.waitForBudget(operation);
      throwIfRunAborted();
      this.counts.requests++;
      const signal = requestSignal(timeoutMs);
      let response: Response;
      let body: GraphqlBody | undefined;
      try {
        response = await options.fetch(options.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Shopify-Access-Token': token },
          body: JSON.stringify({ query, variables }),
          signal,
        });
        // The body is read under the same signal: a server that sends headers and then stalls is cut too.
        body =
          response.status === 200 ? ((await response.json().catch(rethrowAbort(signal))) as GraphqlBody) : undefined;
      } catch (error) {
        throwIfRunAborted();
        const reason = isTimeoutError(error)
          ? `no answer within ${timeoutMs / 1000} s`
          : `network error: ${(error as Error).message}`;
        if (!resendable) throw new UnansweredWriteError(operation, reason);
        await this.retryOrThrow(attempt, operation, reason, undefined);
        continue;
      }
      if (response.status === 401 && options.canRefreshToken && !refreshed) {
        // An exchanged token expires (~24 h): a long-running runner exchanges again, once.
        await response.body?.cancel().catch(() => undefined);
        refreshed = true;
        token = await options.token(token);
        continue;
      }
      this.checkAuth(response.status, operation);
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        const wait = retryAfterMs(response.headers.get('retry-after'), options.now().getTime());
        await this.retryOrThrow(attempt, operation, `HTTP ${response.status}`, response.status, wait);
        continue;
      }
      if (response.status !== 200) body = (await response.json().catch(() => undefined)) as GraphqlBody | undefined;
      if (!response.ok || !body) {
        throw new ServiceError(
          'shopify',
          `${operation} answered HTTP ${response.status} without a GraphQL body`,
          response.status,
        );
      }
      this.recordCost(operation, body);
      const errors = Array.isArray(body.errors) ? body.errors : body.errors ? [{ message: body.errors }] : [];
      if (errors.some((e) => e.extensions?.code === 'THROTTLED')) {
        const now = options.now().getTime();
        // The bucket's own numbers say how long; never retry at once (our estimate may lag the server's).
        const wait = this.status
          ? Math.max(50, waitForCostMs(this.status, this.observedAt, now, this.costOf(operation)))
          : undefined;
        this.counts.throttleWaits++;
        // Not `+= await`: that reads the total before the sleep and loses concurrent requests' waits.
        const waited = await this.retryOrThrow(attempt, operation, 'THROTTLED', 200, wait);
        this.counts.throttleWaitMs += waited;
        continue;
      }
      const denied = errors.find((e) => e.extensions?.code === 'ACCESS_DENIED');
      if (denied) {
        throw new UserError(
          `Shopify denied ${operation} on ${options.storeDomain}: ${denied.message ?? 'access denied'} — ` +
            'the app needs the write_content and read_content access scopes',
        );
      }
      if (errors.length > 0) {
        const text = errors.map((e) => e.message ?? e.extensions?.code ?? 'error').join('; ');
        throw new ServiceError('shopify', `${operation} failed: ${text}`, response.status);
      }
      return body.data as T;
    }
  }

  private checkAuth(status: number, operation: string): void {
    const store = this.options.storeDomain;
    const credentials =
      this.options.credentials ?? 'SHOPIFY_ADMIN_TOKEN (or SHOPIFY_CLIENT_ID / SHOPIFY_CLIENT_SECRET)';
    if (status === 401) {
      throw new UserError(
        `Shopify rejected the access token for ${store} (HTTP 401 on ${operation}): check ${credentials} ` +
          'and SHOPIFY_STORE_DOMAIN',
      );
    }
    if (status === 403) {
      throw new UserError(
        `Shopify refused ${operation} on ${store} (HTTP 403): the app behind ${credentials} lacks an access ` +
          'scope — it needs write_content and read_content',
      );
    }
    if (status === 404) {
      throw new UserError(
        `no Shopify Admin GraphQL endpoint at ${this.options.endpoint} (HTTP 404): check SHOPIFY_STORE_DOMAIN ` +
          'and SHOPIFY_API_VERSION (a supported YYYY-MM version)',
      );
    }
  }

  private costOf(operation: string): number {
    return this.lastCost.get(operation) ?? this.options.defaultCost;
  }

  private recordCost(operation: string, body: GraphqlBody): void {
    const cost = body.extensions?.cost;
    if (typeof cost?.requestedQueryCost === 'number') this.lastCost.set(operation, cost.requestedQueryCost);
    const status = cost?.throttleStatus;
    if (status && typeof status.currentlyAvailable === 'number' && typeof status.restoreRate === 'number') {
      this.status = { ...status };
      this.observedAt = this.options.now().getTime();
    }
  }

  /** Wait until the bucket holds the operation's expected cost, then reserve it locally. */
  private async waitForBudget(operation: string): Promise<void> {
    if (!this.status) return;
    const cost = Math.min(this.costOf(operation), this.status.maximumAvailable);
    let now = this.options.now().getTime();
    const wait = waitForCostMs(this.status, this.observedAt, now, cost);
    if (wait > 0) {
      this.counts.throttleWaits++;
      this.counts.throttleWaitMs += wait;
      this.options.log?.debug(`shopify: waiting ${wait} ms for the rate-limit bucket before ${operation}`, {
        cost,
        available: this.status.currentlyAvailable,
      });
      await waitBeforeRetry(this.options.sleep, wait);
      now = this.options.now().getTime();
    }
    // Concurrent requests share the bucket: count this one until its answer says otherwise.
    const available = Math.min(
      this.status.maximumAvailable,
      this.status.currentlyAvailable + ((now - this.observedAt) / 1000) * this.status.restoreRate,
    );
    this.status = { ...this.status, currentlyAvailable: available - cost };
    this.observedAt = now;
  }

  private async retryOrThrow(
    attempt: number,
    operation: string,
    reason: string,
    status: number | undefined,
    waitMs?: number,
  ): Promise<number> {
    if (attempt >= this.options.maxRetries) {
      throw new ServiceError(
        'shopify',
        `${operation} still failing after ${attempt + 1} attempt(s): ${reason}`,
        status,
        true,
      );
    }
    const wait = waitMs ?? backoffMs(attempt, this.options.random, SHOPIFY_BACKOFF);
    this.counts.retries++;
    this.options.log?.debug(`shopify: ${operation} got ${reason}; retrying in ${wait} ms`, { attempt: attempt + 1 });
    await waitBeforeRetry(this.options.sleep, wait);
    return wait;
  }
}

/** For a body read: an abort (timeout, run over) is rethrown; a body that is not JSON reads as none. */
function rethrowAbort(signal: AbortSignal) {
  return (error: unknown): undefined => {
    if (signal.aborted) throw error;
    return undefined;
  };
}
