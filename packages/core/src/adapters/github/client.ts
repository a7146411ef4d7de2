// One configured Octokit for every GitHub adapter: the retry plugin retries
// 5xx answers of idempotent requests, the throttling plugin waits out rate limits (403 with
// x-ratelimit-remaining: 0, or a secondary limit with retry-after) — both a
// bounded number of times, each retry logged as a warning.
// @octokit/core with the plugins we use, not @octokit/rest: its method map
// (~100 kB) is most of what an action would load at start (issue 12); the
// adapters call `client.request('GET /repos/{owner}/{repo}/…')`, as typed.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../../ports';
import { DEFAULT_REQUEST_TIMEOUT_MS, fetchWithTimeout } from '../../util/abort';
import { httpFetch } from '../../util/http-fetch';

let requestsSent = 0;
/** GitHub requests this process has sent, retries included (the supervisor's job summary reports it). */
export function gitHubRequestCount(): number {
  return requestsSent;
}
// Listed before retry, so its hook sits inside the retry's: every attempt counts.
const countRequests = (octokit: Pick<InstanceType<typeof Octokit>, 'hook'>) => {
  octokit.hook.before('request', () => {
    requestsSent += 1;
  });
  return {};
};

const GitHubOctokit = Octokit.plugin(countRequests, paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface GitHubOptions {
  token: string;
  owner: string;
  repo: string;
  /** API root, e.g. process.env.GITHUB_API_URL (GitHub Enterprise). Default https://api.github.com. */
  baseUrl?: string;
  /** The publish workflow's file name (runs and dispatch). Default 'publish.yml'. */
  workflowFile?: string;
  /** Branch for dispatches and repository files. Default 'main'. */
  ref?: string;
  log?: Logger;
  /** Retries of a failed request (5xx, rate limits). Default 3. */
  retries?: number;
  /** Milliseconds per second of a retry wait (1000; tests make it tiny so waits are instant). */
  retryBaseMs?: number;
  /** A rate-limit wait longer than this many seconds is not waited out: the request fails instead. Default 120. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Space mutating requests ≥ 1 s apart, as GitHub asks of integrators
   * (default true). Tests turn it off to stay fast.
   */
  spaceWrites?: boolean;
  /** Per-request timeout in ms (the `request-timeout` setting; default 30 s); a run's signal also ends a request. */
  requestTimeoutMs?: number;
  /** Share one client between adapters; built from the options above when absent. */
  client?: GitHubClient;
}

/** The resolved context every adapter works with. */
export interface GitHubContext {
  client: GitHubClient;
  owner: string;
  repo: string;
  workflowFile: string;
  ref: string;
  log?: Logger;
}

export const DEFAULT_WORKFLOW_FILE = 'publish.yml';
export const DEFAULT_REF = 'main';

/**
 * A stand-in for a Bottleneck group that runs jobs at once: the throttling
 * plugin accepts any object with `key(id).schedule(options, fn, ...args)`,
 * and bottleneck itself is not one of our direct dependencies.
 */
const immediateGroup = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args)),
  }),
};

export function createGitHubClient(options: GitHubOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const baseMs = options.retryBaseMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const log = options.log;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= retries || retryAfter > maxWait) {
        log?.warn(`GitHub ${kind} on ${what}; giving up after ${retryCount} retries (would wait ${retryAfter} s)`, {
          retry_after_s: retryAfter,
        });
        return false;
      }
      log?.warn(`GitHub ${kind} on ${what}; retry ${retryCount + 1}/${retries} in ${retryAfter} s`, {
        retry_after_s: retryAfter,
      });
      return true;
    };

  const spacing = options.spaceWrites === false ? { write: immediateGroup, notifications: immediateGroup } : {};
  const client = new GitHubOctokit({
    auth: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: 'shopify-blog-autopilot',
    // Every request (retries included) gets its own timeout and the run's signal.
    // Over node:http rather than Node's fetch: a faster start (util/http-fetch.ts).
    request: {
      fetch: fetchWithTimeout(
        options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        httpFetch as unknown as typeof fetch,
      ),
    },
    log: {
      debug: (message: string) => log?.debug(message),
      info: (message: string) => log?.debug(message),
      warn: (message: string) => log?.warn(message),
      // Octokit's request log reports every failed request here, 404s the adapters
      // expect (no decision log yet, an unset variable) included; the error is
      // thrown to the adapter, which reports what matters. As an error it would
      // put a red annotation on a successful run.
      error: (message: string) => log?.debug(message),
    },
    // 403 and 429 are the throttling plugin's (rate limits); the retry plugin keeps to 5xx.
    // Not `request.retries`: set there, it forces retries of every status, 404 included.
    retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], retryAfterBaseValue: baseMs },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: baseMs,
      // Cast: the duck-typed group above is all the plugin uses of a Bottleneck group.
      ...(spacing as object),
    },
  });
  // A POST that GitHub applied may still answer 5xx or time out, and posting it
  // again duplicates its effect (two issues, two runs): the retry plugin leaves
  // POSTs alone unless a call asks (`request: { retries }`); the adapters look
  // the effect up before they post again (see post-once.ts).
  client.hook.before('request', (request) => {
    if (request.method === 'POST' && request.url !== '/graphql' && request.request?.retries == null) {
      request.request = { ...request.request, retries: 0 };
    }
  });
  return client;
}

export function gitHubContext(options: GitHubOptions): GitHubContext {
  return {
    client: options.client ?? createGitHubClient(options),
    owner: options.owner,
    repo: options.repo,
    workflowFile: options.workflowFile ?? DEFAULT_WORKFLOW_FILE,
    ref: options.ref ?? DEFAULT_REF,
    ...(options.log ? { log: options.log } : {}),
  };
}
