// The few Sheets v4 values calls the adapters make, with the politeness a
// shared quota needs: a per-minute request budget that waits rather than
// fails, and retries of 429 RESOURCE_EXHAUSTED, 5xx and network errors with
// exponential backoff and jitter. The googleapis client's own retry is turned
// off: it does not retry POSTs (our writes), and one policy for all calls
// keeps the counts in stats() honest. Answers we cannot use become clear
// errors: a missing tab or spreadsheet, or refused access, is the user's to
// fix (UserError); the rest is a ServiceError with Google's message.
// Each request carries its own timeout and the run's signal (gaxios takes a
// `signal` per call); once the run's signal fired, nothing is retried.
import { sheets, type sheets_v4 } from '@googleapis/sheets';
import { ServiceError, UserError } from '../../errors';
import type { Logger } from '../../ports';
import { DEFAULT_REQUEST_TIMEOUT_MS, isTimeoutError, requestSignal, throwIfRunAborted } from '../../util/abort';
import { backoffMs, waitBeforeRetry } from '../../util/http-retry';
import { createSheetsAuth, type SheetsAuthOptions } from './auth';
import { RequestBudget } from './request-budget';

export interface SheetsOptions {
  spreadsheetId: string;
  /** Queue tab name (default 'Queue'). */
  queueTab?: string;
  /** Run-log tab name (default 'RunLog'). */
  runLogTab?: string;
  /** Run-log rows per read request (default 2,000). */
  runLogPageRows?: number;
  auth: SheetsAuthOptions;
  /** rootUrl override (tests, proxies), e.g. 'http://127.0.0.1:8080/'. */
  apiUrl?: string;
  /** Requests per minute this client allows itself (default 60, Google's per-user read quota). */
  requestBudgetPerMinute?: number;
  /** Attempts per call, the first included (default 5). */
  maxAttempts?: number;
  /** Per-request timeout in ms (the `request-timeout` setting; default 30 s). */
  requestTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch; with `sleep`, lets tests run the budget without waiting. */
  clock?: () => number;
  random?: () => number;
  logger?: Logger;
}

export type ValueRender = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type CellValue = string | number | boolean;

const SERVICE = 'Google Sheets';
/** 1 s, 2 s, 4 s, … up to 32 s, each 50–100 % of its step. */
const SHEETS_BACKOFF = { baseMs: 1_000, capMs: 32_000 };
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Failure {
  status?: number;
  /** The request got no HTTP answer at all (connection reset, DNS, timeout). */
  network: boolean;
  reason?: string;
  message: string;
  retryAfterMs?: number;
}

export class SheetsValuesClient {
  readonly spreadsheetId: string;
  private readonly api: sheets_v4.Sheets;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly budget: RequestBudget;
  private readonly maxAttempts: number;
  private counts = { requests: 0, retries: 0 };

  constructor(private readonly options: SheetsOptions) {
    this.spreadsheetId = options.spreadsheetId;
    this.api = sheets({
      version: 'v4',
      auth: createSheetsAuth(options.auth),
      ...(options.apiUrl ? { rootUrl: options.apiUrl } : {}),
      retry: false,
    });
    this.sleep = options.sleep ?? defaultSleep;
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.budget = new RequestBudget({
      perMinute: options.requestBudgetPerMinute ?? 60,
      clock: this.clock,
      sleep: this.sleep,
    });
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  }

  stats(): { requests: number; retries: number } {
    return { ...this.counts };
  }

  /** Waits for the request budget (a free slot in the minute) and their total length. */
  throttleStats(): { throttleWaits: number; throttleWaitMs: number } {
    const { waits, waitedMs } = this.budget.stats();
    return { throttleWaits: waits, throttleWaitMs: waitedMs };
  }

  /** Rows of a range; Sheets leaves out trailing empty cells and rows. */
  async get(range: string, render: ValueRender): Promise<CellValue[][]> {
    const data = await this.call(range, (signal) =>
      this.api.spreadsheets.values.get(
        { spreadsheetId: this.spreadsheetId, range, valueRenderOption: render, majorDimension: 'ROWS' },
        { signal },
      ),
    );
    return (data.values ?? []) as CellValue[][];
  }

  /** Write several ranges in one request, values stored as given (RAW). */
  async batchUpdate(data: Array<{ range: string; values: CellValue[][] }>): Promise<void> {
    if (data.length === 0) return;
    await this.call(data[0]?.range ?? '', (signal) =>
      this.api.spreadsheets.values.batchUpdate(
        {
          spreadsheetId: this.spreadsheetId,
          requestBody: { valueInputOption: 'RAW', data: data.map((d) => ({ ...d, majorDimension: 'ROWS' })) },
        },
        { signal },
      ),
    );
  }

  /** Add rows below the table found at `range` (RAW, inserting rows). */
  async append(range: string, values: CellValue[][]): Promise<void> {
    if (values.length === 0) return;
    await this.call(range, (signal) =>
      this.api.spreadsheets.values.append(
        {
          spreadsheetId: this.spreadsheetId,
          range,
          valueInputOption: 'RAW',
          insertDataOption: 'INSERT_ROWS',
          requestBody: { majorDimension: 'ROWS', values },
        },
        { signal },
      ),
    );
  }

  private async call<T>(range: string, send: (signal: AbortSignal) => Promise<{ data: T }>): Promise<T> {
    const timeoutMs = this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    for (let attempt = 1; ; attempt++) {
      throwIfRunAborted();
      const release = await this.budget.take();
      this.counts.requests++;
      try {
        return (await send(requestSignal(timeoutMs))).data;
      } catch (error) {
        release();
        throwIfRunAborted();
        const failure = isTimeoutError(error)
          ? { network: true, message: `no answer within ${timeoutMs / 1000} s` }
          : describeFailure(error);
        if (isRetryable(failure) && attempt < this.maxAttempts) {
          this.counts.retries++;
          const wait = this.backoff(attempt, failure.retryAfterMs);
          this.options.logger?.debug('Google Sheets busy; retrying', {
            status: failure.status,
            attempt,
            wait_ms: wait,
          });
          await waitBeforeRetry(this.sleep, wait);
          continue;
        }
        throw this.toError(failure, range, attempt);
      } finally {
        release();
      }
    }
  }

  /** An exponential step with jitter (half to all of it), at least what Retry-After asks. */
  private backoff(attempt: number, retryAfterMs = 0): number {
    return Math.max(retryAfterMs, backoffMs(attempt - 1, this.random, SHEETS_BACKOFF));
  }

  private toError(failure: Failure, range: string, attempts: number): Error {
    const { status, message } = failure;
    const sheet = `spreadsheet '${this.spreadsheetId}'`;
    if (status === 400 && /unable to parse range/i.test(message)) {
      return new UserError(
        `${SERVICE}: ${sheet} has no tab for the range ${range} (${message}). Create the tab or set its name (sheets-queue-tab / sheets-runlog-tab).`,
      );
    }
    if (status === 404) {
      return new UserError(`${SERVICE}: ${sheet} was not found (${message}); check sheets-id.`);
    }
    if (status === 401 || status === 403) {
      return new UserError(
        `${SERVICE}: access to ${sheet} was refused (${status}: ${message}); share the spreadsheet with the service account's client_email as an editor, or check the token.`,
      );
    }
    const retryable = isRetryable(failure);
    const tried = retryable ? ` after ${attempts} attempts` : '';
    return new ServiceError(SERVICE, `${message}${tried}`, status, retryable);
  }
}

function isRetryable(failure: Failure): boolean {
  const { status } = failure;
  if (status === undefined) return failure.network;
  return status === 429 || failure.reason === 'RESOURCE_EXHAUSTED' || status >= 500;
}

/** Read a gaxios error without keeping it: it carries the request, Authorization header included. */
function describeFailure(error: unknown): Failure {
  const e = error as {
    config?: unknown;
    status?: number;
    message?: string;
    response?: { status?: number; data?: unknown; headers?: { get(name: string): string | null } };
  };
  const status = e.response?.status ?? e.status;
  const body = (e.response?.data ?? {}) as { error?: { message?: string; status?: string } };
  const headers = e.response?.headers;
  const retryAfter = typeof headers?.get === 'function' ? headers.get('retry-after') : undefined;
  const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
  return {
    // A gaxios error (it carries the request config) without an HTTP status.
    network: e.config !== undefined && typeof status !== 'number',
    ...(typeof status === 'number' ? { status } : {}),
    ...(body.error?.status ? { reason: body.error.status } : {}),
    message: body.error?.message ?? (status ? `HTTP ${status}` : (e.message ?? String(error))),
    ...(Number.isFinite(seconds) ? { retryAfterMs: seconds * 1000 } : {}),
  };
}
