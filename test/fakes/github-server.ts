// A fake GitHub REST API on 127.0.0.1 with in-memory state: exactly the
// routes the GitHub adapters use (FAKE_GITHUB_ROUTES, in GitHub's OpenAPI
// path syntax so tests can check them against the official description).
// It records every answer for that check and can be told to fail the next N
// requests of a route: rate limits with their headers, 404, 422, 5xx.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_GITHUB_ROUTES = [
  ['GET', '/repos/{owner}/{repo}'],
  ['GET', '/repos/{owner}/{repo}/actions/variables/{name}'],
  ['PATCH', '/repos/{owner}/{repo}/actions/variables/{name}'],
  ['POST', '/repos/{owner}/{repo}/actions/variables'],
  ['GET', '/repos/{owner}/{repo}/actions/variables'],
  ['GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'],
  ['POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'],
  ['GET', '/repos/{owner}/{repo}/issues'],
  ['POST', '/repos/{owner}/{repo}/issues'],
  ['PATCH', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['GET', '/repos/{owner}/{repo}/contents/{path}'],
  ['PUT', '/repos/{owner}/{repo}/contents/{path}'],
  ['GET', '/repos/{owner}/{repo}/commits'],
  ['GET', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['POST', '/repos/{owner}/{repo}/git/refs'],
  ['POST', '/repos/{owner}/{repo}/git/trees'],
  ['POST', '/repos/{owner}/{repo}/git/commits'],
] as const;

export type FakeMethod = (typeof FAKE_GITHUB_ROUTES)[number][0];
export type FakeRoute = (typeof FAKE_GITHUB_ROUTES)[number][1];

export interface Exchange {
  method: string;
  route: string;
  status: number;
  body: unknown;
  /** The request's JSON body, when it had one. */
  requestBody?: unknown;
  /** True when the answer was a failure the test asked for. */
  injected: boolean;
}

export interface RecordedRequest {
  method: string;
  route: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeRun {
  id: number;
  workflow: string;
  display_title: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'pending' | 'requested';
  conclusion: string | null;
  event: string;
  created_at: string;
  updated_at: string;
  run_started_at: string;
}

export interface FakeComment {
  id: number;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** The issues endpoint lists pull requests too. */
  is_pull_request: boolean;
  comments: FakeComment[];
}

interface Failure {
  status: number;
  remaining: number;
  headers: Record<string, string>;
  body: unknown;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Request {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  url: URL;
}

const DOCS = 'https://docs.github.com/rest';
const notFound = (): Answer => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
});
const invalid = (message: string, field?: string): Answer => ({
  status: 422,
  body: {
    message,
    errors: field ? [{ resource: 'Request', field, code: 'invalid' }] : [],
    documentation_url: DOCS,
  },
});

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly variables = new Map<string, { value: string; created_at: string; updated_at: string }>();
  readonly runs: FakeRun[] = [];
  readonly issues: FakeIssue[] = [];
  readonly files = new Map<string, { text: string; sha: string }>();
  /** Every commit a contents PUT made, oldest first (`sha` is the commit's). */
  readonly commits: { path: string; branch: string; message: string; sha: string; at: string }[] = [];
  /** Each branch's head commit; a branch without an entry has a made-up head. */
  readonly heads = new Map<string, string>();
  readonly workflows = new Set<string>(['publish.yml']);
  readonly branches = new Set<string>(['main']);
  readonly exchanges: Exchange[] = [];
  readonly requests: RecordedRequest[] = [];
  /** False answers dispatches with 204 whatever was asked (servers without return_run_details). */
  dispatchReturnsDetails = true;
  /**
   * Per-token permissions (see `grant`). A token not listed here may do
   * everything, so tests that do not care about permissions keep passing.
   */
  readonly tokenPermissions = new Map<string, { kind: TokenKind; permissions: Partial<Permissions> }>();
  /** Issues turned off in the repository's settings: the issue routes answer 410 Gone. */
  issuesDisabled = false;

  private server: Server | undefined;
  private base = '';
  private tick = 0;
  private nextId = 1000;
  private readonly failures = new Map<string, Failure[]>();
  /** Failures answered after the request was applied (a 5xx whose write still happened). */
  private readonly failuresAfter = new Map<string, Failure[]>();
  /** Git objects made through the git database API: trees and commits, by sha, as file snapshots. */
  private readonly gitObjects = new Map<string, { kind: 'tree' | 'commit'; files: Map<string, string> }>();
  /** Runs just before a request's route is applied (tests put a "human commit" between our read and our write). */
  beforeApply: ((request: RecordedRequest) => void) | undefined;
  private readonly startMs: number;
  private readonly clock: (() => Date) | undefined;

  /** `clock`, when given, is the server's time (a test's own clock); otherwise `start` plus one second per call. */
  constructor(options: { owner?: string; repo?: string; start?: Date; clock?: () => Date } = {}) {
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'blog';
    this.startMs = (options.start ?? new Date('2026-01-05T08:00:00Z')).getTime();
    this.clock = options.clock;
  }

  /** The API root to give Octokit as baseUrl. */
  get url(): string {
    return this.base;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `fake GitHub crashed: ${(error as Error).message}` }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Fake time: starts at `start` and moves one second per call, so every write has a distinct time. */
  now(): string {
    const at = this.clock ? this.clock() : new Date(this.startMs + this.tick++ * 1000);
    return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  // ---- failure injection -------------------------------------------------

  /** Answer the next `times` requests of a route with this status (and headers / body). */
  fail(
    method: FakeMethod,
    route: FakeRoute,
    status: number,
    options: { times?: number; headers?: Record<string, string>; body?: unknown } = {},
  ): void {
    const key = `${method} ${route}`;
    const body =
      options.body ??
      (status === 404
        ? notFound().body
        : status === 422
          ? invalid('Validation Failed', 'value').body
          : { message: status >= 500 ? 'Server Error' : `HTTP ${status}`, documentation_url: DOCS });
    const list = this.failures.get(key) ?? [];
    list.push({ status, remaining: options.times ?? 1, headers: options.headers ?? {}, body });
    this.failures.set(key, list);
  }

  /** A primary rate limit: 403 with x-ratelimit-remaining 0 and a reset `resetInSeconds` from now (real time). */
  rateLimit(method: FakeMethod, route: FakeRoute, options: { times?: number; resetInSeconds?: number } = {}): void {
    const reset = Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 0);
    this.fail(method, route, 403, {
      times: options.times ?? 1,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core',
      },
      body: {
        message: 'API rate limit exceeded for user ID 1.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
      },
    });
  }

  /** A secondary rate limit: 429 with retry-after. */
  secondaryRateLimit(
    method: FakeMethod,
    route: FakeRoute,
    options: { times?: number; retryAfterSeconds?: number } = {},
  ): void {
    this.fail(method, route, 429, {
      times: options.times ?? 1,
      headers: { 'retry-after': String(options.retryAfterSeconds ?? 1) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      },
    });
  }

  // ---- seeding -----------------------------------------------------------

  addRun(run: Partial<FakeRun> & { display_title: string }): FakeRun {
    const at = run.created_at ?? this.now();
    const full: FakeRun = {
      id: this.nextId++,
      workflow: 'publish.yml',
      status: 'completed',
      conclusion: run.status && run.status !== 'completed' ? null : 'success',
      event: 'schedule',
      created_at: at,
      updated_at: at,
      run_started_at: at,
      ...run,
    };
    this.runs.push(full);
    return full;
  }

  addIssue(issue: Partial<FakeIssue> & { title: string }): FakeIssue {
    const at = issue.created_at ?? this.now();
    const full: FakeIssue = {
      number: this.issues.length + 1,
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      created_at: at,
      updated_at: at,
      closed_at: null,
      is_pull_request: false,
      comments: [],
      ...issue,
    };
    this.issues.push(full);
    return full;
  }

  /**
   * Answer the next `times` requests of a route with this status AFTER
   * applying them: the write happened, the client sees a failure (GitHub's
   * 5xx after a commit, or a timeout after the server acted).
   */
  failAfterApply(method: FakeMethod, route: FakeRoute, status: number, options: { times?: number } = {}): void {
    const key = `${method} ${route}`;
    const list = this.failuresAfter.get(key) ?? [];
    list.push({
      status,
      remaining: options.times ?? 1,
      headers: {},
      body: { message: 'Server Error', documentation_url: DOCS },
    });
    this.failuresAfter.set(key, list);
  }

  /** Requests of one route (and method), in order: e.g. the PUTs to the state branch. */
  requestsOf(method: FakeMethod, route: FakeRoute): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.route === route);
  }

  /** Put a file on a branch (creating the branch) without a commit: the state a test starts from. */
  setFile(path: string, text: string, branch = 'main'): void {
    this.branches.add(branch);
    this.files.set(`${branch}:${path}`, { text, sha: sha(text) });
  }

  fileText(path: string, branch = 'main'): string | undefined {
    return this.files.get(`${branch}:${path}`)?.text;
  }

  // ---- HTTP --------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const matched = this.match(method, url.pathname);
    if (!matched) return this.send(res, method, url.pathname, notFound(), false);
    const { route, params } = matched;
    let body: Record<string, unknown> = {};
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return this.send(
          res,
          method,
          route,
          { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } },
          false,
        );
      }
    }
    this.requests.push({ method, route, path: url.pathname, query: Object.fromEntries(url.searchParams), body });
    this.requestBody = raw ? body : undefined;

    const failure = this.failures.get(`${method} ${route}`)?.find((f) => f.remaining > 0);
    if (failure) {
      failure.remaining--;
      return this.send(
        res,
        method,
        route,
        { status: failure.status, body: failure.body, headers: failure.headers },
        true,
      );
    }
    if (!req.headers.authorization) {
      return this.send(
        res,
        method,
        route,
        { status: 401, body: { message: 'Requires authentication', documentation_url: DOCS } },
        false,
      );
    }
    if (params.owner !== this.owner || params.repo !== this.repo)
      return this.send(res, method, route, notFound(), false);
    const refused = this.refuse(req.headers.authorization, method, route);
    if (refused) return this.send(res, method, route, refused, false);
    if (this.issuesDisabled && route.includes('/issues')) {
      const gone = {
        message: 'Issues are disabled for this repo',
        documentation_url: `${DOCS}/issues/issues`,
        status: '410',
      };
      return this.send(res, method, route, { status: 410, body: gone }, false);
    }
    this.beforeApply?.(this.requests.at(-1) as RecordedRequest);
    const answer = this.route(method, route, { params, query: url.searchParams, body, url });
    const after = this.failuresAfter.get(`${method} ${route}`)?.find((f) => f.remaining > 0);
    if (after && answer.status < 400) {
      after.remaining--;
      return this.send(res, method, route, { status: after.status, body: after.body, headers: after.headers }, true);
    }
    return this.send(res, method, route, answer, false);
  }

  private match(method: string, pathname: string): { route: FakeRoute; params: Record<string, string> } | undefined {
    for (const [m, route] of FAKE_GITHUB_ROUTES) {
      if (m !== method) continue;
      const names: string[] = [];
      const pattern = route.replace(/\{(\w+)\}/g, (_all, name: string) => {
        names.push(name);
        // A contents path and a git ref (heads/x) may hold slashes.
        return name === 'path' || name === 'ref' ? '(.+)' : '([^/]+)';
      });
      const found = new RegExp(`^${pattern}$`).exec(pathname);
      if (found) {
        const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
        return { route, params };
      }
    }
    return undefined;
  }

  /** The body of the request being answered (set synchronously just before its answer is sent). */
  private requestBody: unknown;

  private send(res: ServerResponse, method: string, route: string, answer: Answer, injected: boolean): void {
    this.exchanges.push({
      method,
      route,
      status: answer.status,
      body: answer.body,
      requestBody: this.requestBody,
      injected,
    });
    this.requestBody = undefined;
    const headers: Record<string, string> = { 'x-github-api-version-selected': '2022-11-28', ...answer.headers };
    if (answer.body === undefined) {
      res.writeHead(answer.status, headers);
      res.end();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(answer.body));
  }

  // ---- permissions -------------------------------------------------------

  /**
   * Give `token` exactly these permissions (a fine-grained PAT or a GitHub
   * App installation token); a request that needs another answers 403 as
   * GitHub does. Unlisted permissions are none; metadata is always read.
   */
  grant(token: string, permissions: Partial<Permissions>, kind: TokenKind = 'app'): void {
    this.tokenPermissions.set(token, { kind, permissions: { metadata: 'read', ...permissions } });
  }

  /**
   * GitHub checks the token's permission for the endpoint before it looks at
   * the request (a missing resource, an invalid body): 403 "Resource not
   * accessible by integration" ("by personal access token" for a fine-grained
   * PAT), with x-accepted-github-permissions naming what the endpoint needs
   * (GitHub docs: Troubleshooting the REST API, "Resource not accessible").
   */
  private refuse(authorization: string | undefined, method: string, route: FakeRoute): Answer | undefined {
    const token = (authorization ?? '').replace(/^(?:token|bearer)\s+/i, '');
    const entry = this.tokenPermissions.get(token);
    if (!entry) return undefined;
    const [permission, level] = requiredPermission(method, route);
    const held = entry.permissions[permission];
    if (held === 'write' || held === level) return undefined;
    const actor = entry.kind === 'app' ? 'integration' : 'personal access token';
    return {
      status: 403,
      body: {
        message: `Resource not accessible by ${actor}`,
        documentation_url: `${DOCS}${DOC_PAGES[permission]}`,
        status: '403',
      },
      headers: { 'x-accepted-github-permissions': `${permission}=${level}` },
    };
  }

  private route(method: string, route: FakeRoute, r: Request): Answer {
    switch (`${method} ${route}`) {
      case 'GET /repos/{owner}/{repo}':
        return { status: 200, body: this.fullRepositoryJson() };
      case 'GET /repos/{owner}/{repo}/actions/variables/{name}':
        return this.getVariable(r);
      case 'PATCH /repos/{owner}/{repo}/actions/variables/{name}':
        return this.updateVariable(r);
      case 'POST /repos/{owner}/{repo}/actions/variables':
        return this.createVariable(r);
      case 'GET /repos/{owner}/{repo}/actions/variables':
        return this.listVariables(r);
      case 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs':
        return this.listRuns(r);
      case 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches':
        return this.dispatch(r);
      case 'GET /repos/{owner}/{repo}/issues':
        return this.listIssues(r);
      case 'POST /repos/{owner}/{repo}/issues':
        return this.createIssue(r);
      case 'PATCH /repos/{owner}/{repo}/issues/{issue_number}':
        return this.updateIssue(r);
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.listComments(r);
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.createComment(r);
      case 'GET /repos/{owner}/{repo}/contents/{path}':
        return this.getContent(r);
      case 'PUT /repos/{owner}/{repo}/contents/{path}':
        return this.putContent(r);
      case 'GET /repos/{owner}/{repo}/commits':
        return this.listCommits(r);
      case 'GET /repos/{owner}/{repo}/git/ref/{ref}':
        return this.getRef(r);
      case 'POST /repos/{owner}/{repo}/git/refs':
        return this.createRef(r);
      case 'POST /repos/{owner}/{repo}/git/trees':
        return this.createTree(r);
      case 'POST /repos/{owner}/{repo}/git/commits':
        return this.createCommit(r);
      default:
        return notFound();
    }
  }

  // ---- variables ---------------------------------------------------------

  private getVariable({ params }: Request): Answer {
    const name = (params.name ?? '').toUpperCase();
    const v = this.variables.get(name);
    return v ? { status: 200, body: { name, ...v } } : notFound();
  }

  private updateVariable({ params, body }: Request): Answer {
    const name = (params.name ?? '').toUpperCase();
    const v = this.variables.get(name);
    if (!v) return notFound();
    if (typeof body.value !== 'string') return invalid('Invalid request: "value" is not a string.', 'value');
    this.variables.set(name, { ...v, value: body.value, updated_at: this.now() });
    return { status: 204 };
  }

  private createVariable({ body }: Request): Answer {
    if (typeof body.name !== 'string' || typeof body.value !== 'string') {
      return invalid('Invalid request: "name" and "value" are required strings.', 'name');
    }
    const name = body.name.toUpperCase();
    if (this.variables.has(name))
      return { status: 409, body: { message: 'Already exists - Variable already exists', documentation_url: DOCS } };
    const at = this.now();
    this.variables.set(name, { value: body.value, created_at: at, updated_at: at });
    return { status: 201, body: {} };
  }

  /** GET …/actions/variables: 10 a page by default, at most 30, oldest first. */
  private listVariables({ query, url }: Request): Answer {
    const all = [...this.variables].map(([name, v]) => ({ name, ...v }));
    const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 10) || 10, 1), 30);
    const paged = new URLSearchParams(query);
    paged.set('per_page', String(perPage));
    const { items, headers } = paginate(all, paged, url);
    return { status: 200, body: { total_count: all.length, variables: items }, headers };
  }

  // ---- workflow runs -----------------------------------------------------

  private listRuns({ params, query, url }: Request): Answer {
    const workflow = params.workflow_id ?? '';
    if (!this.workflows.has(workflow)) return notFound();
    const status = query.get('status');
    const event = query.get('event');
    const matching = this.runs
      .filter((run) => run.workflow === workflow)
      .filter((run) => !status || run.status === status || run.conclusion === status)
      .filter((run) => !event || run.event === event)
      .sort((a, b) => b.id - a.id);
    const { items, headers } = paginate(matching, query, url);
    return {
      status: 200,
      body: { total_count: matching.length, workflow_runs: items.map((run) => this.runJson(run)) },
      headers,
    };
  }

  private dispatch({ params, body }: Request): Answer {
    const workflow = params.workflow_id ?? '';
    if (!this.workflows.has(workflow)) return notFound();
    if (typeof body.ref !== 'string' || !this.branches.has(body.ref))
      return invalid(`No ref found for: ${String(body.ref)}`, 'ref');
    const inputs = (body.inputs ?? {}) as Record<string, unknown>;
    const run = this.addRun({
      workflow,
      display_title: `publish (mode: ${String(inputs.mode ?? 'review')})`,
      status: 'queued',
      conclusion: null,
      event: 'workflow_dispatch',
    });
    if (body.return_run_details === true && this.dispatchReturnsDetails) {
      const json = this.runJson(run);
      return { status: 200, body: { workflow_run_id: run.id, run_url: json.url, html_url: json.html_url } };
    }
    return { status: 204 };
  }

  // ---- issues ------------------------------------------------------------

  private listIssues({ query, url }: Request): Answer {
    const state = query.get('state') ?? 'open';
    const labels = (query.get('labels') ?? '').split(',').filter(Boolean);
    const direction = query.get('direction') ?? 'desc';
    const sortKey = query.get('sort') === 'updated' ? 'updated_at' : 'created_at';
    const matching = this.issues
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => labels.every((label) => issue.labels.includes(label)))
      .sort((a, b) => (direction === 'asc' ? 1 : -1) * (a[sortKey].localeCompare(b[sortKey]) || a.number - b.number));
    const { items, headers } = paginate(matching, query, url);
    return { status: 200, body: items.map((issue) => this.issueJson(issue)), headers };
  }

  private createIssue({ body }: Request): Answer {
    if (typeof body.title !== 'string' || !body.title) return invalid('Validation Failed', 'title');
    const issue = this.addIssue({
      title: body.title,
      body: typeof body.body === 'string' ? body.body : null,
      labels: Array.isArray(body.labels) ? body.labels.map(String) : [],
    });
    return { status: 201, body: this.issueJson(issue) };
  }

  private updateIssue({ params, body }: Request): Answer {
    const issue = this.issue(params.issue_number);
    if (!issue) return notFound();
    const at = this.now();
    if (body.state !== undefined) {
      if (body.state !== 'open' && body.state !== 'closed') return invalid('Validation Failed', 'state');
      if (body.state !== issue.state) {
        issue.state = body.state;
        issue.closed_at = body.state === 'closed' ? at : null;
      }
      issue.state_reason = typeof body.state_reason === 'string' ? body.state_reason : null;
    }
    if (typeof body.title === 'string') issue.title = body.title;
    if (typeof body.body === 'string') issue.body = body.body;
    if (Array.isArray(body.labels)) issue.labels = body.labels.map(String);
    issue.updated_at = at;
    return { status: 200, body: this.issueJson(issue) };
  }

  private listComments({ params, query, url }: Request): Answer {
    const issue = this.issue(params.issue_number);
    if (!issue) return notFound();
    // `since`: only comments updated at or after that time.
    const since = query.get('since');
    const comments = issue.comments.filter((c) => !since || c.updated_at >= since);
    const { items, headers } = paginate(comments, query, url);
    return { status: 200, body: items.map((c) => this.commentJson(issue, c)), headers };
  }

  private createComment({ params, body }: Request): Answer {
    const issue = this.issue(params.issue_number);
    if (!issue) return notFound();
    if (typeof body.body !== 'string' || !body.body) return invalid('Validation Failed', 'body');
    const at = this.now();
    const comment: FakeComment = { id: this.nextId++, body: body.body, created_at: at, updated_at: at };
    issue.comments.push(comment);
    issue.updated_at = at;
    return { status: 201, body: this.commentJson(issue, comment) };
  }

  private issue(number: string | undefined): FakeIssue | undefined {
    return this.issues.find((issue) => String(issue.number) === number);
  }

  // ---- contents, commits and refs -----------------------------------------
  // Contents are per branch. As GitHub answers them (measured against the
  // live API): a PUT to a branch that does not exist is 404 (checked first);
  // a stale `sha` is 409 "<path> does not match <sha>"; no `sha` for a file
  // that exists is 422 "sha wasn't supplied"; a `sha` for a path that does not
  // exist is ignored (201). A GET of a ref that does not exist is 404 "No
  // commit found for the ref …".

  /** A commit as a human makes one in the web UI: no request, but a real commit on the branch. */
  commitFile(path: string, text: string, branch = 'main', message = `Update ${path}`): void {
    this.branches.add(branch);
    this.files.set(`${branch}:${path}`, { text, sha: sha(text) });
    this.recordCommit(path, branch, message);
  }

  /** The head commit of a branch (made up for branches that had no commit through the fake). */
  headOf(branch: string): string {
    return this.heads.get(branch) ?? sha(`head:${branch}`);
  }

  private recordCommit(path: string, branch: string, message: string): string {
    const commitSha = sha(`${branch}:${path}:${this.commits.length}:${message}`);
    this.commits.push({ path, branch, message, sha: commitSha, at: this.now() });
    this.heads.set(branch, commitSha);
    return commitSha;
  }

  private getContent({ params, query }: Request): Answer {
    const path = params.path ?? '';
    const ref = query.get('ref') ?? 'main';
    if (!this.branches.has(ref)) {
      return {
        status: 404,
        body: { message: `No commit found for the ref ${ref}`, documentation_url: DOCS, status: '404' },
      };
    }
    const file = this.files.get(`${ref}:${path}`);
    if (!file) return notFound();
    const content = Buffer.from(file.text, 'utf8')
      .toString('base64')
      .replace(/(.{60})/g, '$1\n');
    return { status: 200, body: { type: 'file', encoding: 'base64', content, ...this.contentJson(path, ref, file) } };
  }

  private putContent({ params, body }: Request): Answer {
    const path = params.path ?? '';
    const branch = typeof body.branch === 'string' ? body.branch : 'main';
    if (typeof body.message !== 'string' || typeof body.content !== 'string')
      return invalid('Invalid request.', 'content');
    if (!this.branches.has(branch)) {
      return { status: 404, body: { message: `Branch ${branch} not found`, documentation_url: DOCS, status: '404' } };
    }
    const key = `${branch}:${path}`;
    const current = this.files.get(key);
    if (current && body.sha === undefined) return invalid('Invalid request.\n\n"sha" wasn\'t supplied.', 'sha');
    if (current && body.sha !== current.sha) {
      return {
        status: 409,
        body: { message: `${path} does not match ${String(body.sha)}`, documentation_url: DOCS, status: '409' },
      };
    }
    const text = Buffer.from(body.content, 'base64').toString('utf8');
    const file = { text, sha: sha(text) };
    this.files.set(key, file);
    const commitSha = this.recordCommit(path, branch, body.message);
    return {
      status: current ? 200 : 201,
      body: {
        content: { ...this.contentJson(path, branch, file), type: 'file' },
        commit: { sha: commitSha, message: body.message, url: `${this.api()}/git/commits/${commitSha}` },
      },
    };
  }

  /** GET /commits?sha=<branch>&path=<file>: newest first, paginated. */
  private listCommits({ query, url }: Request): Answer {
    const branch = query.get('sha') ?? 'main';
    if (!this.branches.has(branch)) {
      return { status: 404, body: { message: `No commit found for SHA: ${branch}`, documentation_url: DOCS } };
    }
    const path = query.get('path');
    const matching = this.commits.filter((c) => c.branch === branch && (!path || c.path === path)).reverse();
    const { items, headers } = paginate(matching, query, url);
    return { status: 200, body: items.map((c) => this.commitListJson(c)), headers };
  }

  private getRef({ params }: Request): Answer {
    const ref = params.ref ?? '';
    const branch = ref.startsWith('heads/') ? ref.slice('heads/'.length) : undefined;
    if (!branch || !this.branches.has(branch)) return notFound();
    return { status: 200, body: this.refJson(branch) };
  }

  private createRef({ body }: Request): Answer {
    const ref = typeof body.ref === 'string' ? body.ref : '';
    if (!/^refs\/heads\/[^/].*/.test(ref) || typeof body.sha !== 'string')
      return invalid('Reference update failed', 'ref');
    const branch = ref.slice('refs/heads/'.length);
    if (this.branches.has(branch)) return invalid('Reference already exists');
    const from = [...this.branches].find((b) => this.headOf(b) === body.sha);
    const object = this.gitObjects.get(body.sha);
    if (!from && object?.kind !== 'commit') return invalid('Object does not exist');
    const files = from
      ? new Map(
          [...this.files]
            .filter(([key]) => key.startsWith(`${from}:`))
            .map(([key, file]) => [key.slice(from.length + 1), file.text]),
        )
      : (object?.files ?? new Map<string, string>());
    this.branches.add(branch);
    for (const [path, text] of files) this.files.set(`${branch}:${path}`, { text, sha: sha(text) });
    this.heads.set(branch, body.sha);
    return { status: 201, body: this.refJson(branch) };
  }

  private createTree({ body }: Request): Answer {
    if (!Array.isArray(body.tree) || body.base_tree !== undefined) return invalid('Invalid tree info', 'tree');
    const files = new Map<string, string>();
    const entries = [];
    for (const entry of body.tree as Array<Record<string, unknown>>) {
      if (typeof entry.path !== 'string' || entry.type !== 'blob' || typeof entry.content !== 'string')
        return invalid('Invalid tree info', 'tree');
      files.set(entry.path, entry.content);
      entries.push({ path: entry.path, mode: String(entry.mode ?? '100644'), type: 'blob', sha: sha(entry.content) });
    }
    const treeSha = sha(`tree:${JSON.stringify(entries)}`);
    this.gitObjects.set(treeSha, { kind: 'tree', files });
    return {
      status: 201,
      body: { sha: treeSha, url: `${this.api()}/git/trees/${treeSha}`, tree: entries, truncated: false },
    };
  }

  private createCommit({ body }: Request): Answer {
    const tree = typeof body.tree === 'string' ? this.gitObjects.get(body.tree) : undefined;
    if (typeof body.message !== 'string' || tree?.kind !== 'tree') return invalid('Tree SHA does not exist', 'tree');
    const parents = Array.isArray(body.parents) ? body.parents.map(String) : [];
    const commitSha = sha(`commit:${String(body.tree)}:${parents.join(',')}:${body.message}:${this.nextId++}`);
    this.gitObjects.set(commitSha, { kind: 'commit', files: tree.files });
    const at = this.now();
    const person = { name: 'autopilot', email: 'autopilot@example.com', date: at };
    return {
      status: 201,
      body: {
        sha: commitSha,
        node_id: `C_${commitSha.slice(0, 8)}`,
        url: `${this.api()}/git/commits/${commitSha}`,
        html_url: `${this.html()}/commit/${commitSha}`,
        author: person,
        committer: person,
        tree: { sha: body.tree, url: `${this.api()}/git/trees/${String(body.tree)}` },
        message: body.message,
        parents: parents.map((p) => ({
          sha: p,
          url: `${this.api()}/git/commits/${p}`,
          html_url: `${this.html()}/commit/${p}`,
        })),
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
    };
  }

  private refJson(branch: string) {
    const head = this.headOf(branch);
    return {
      ref: `refs/heads/${branch}`,
      node_id: `REF_${branch}`,
      url: `${this.api()}/git/refs/heads/${branch}`,
      object: { type: 'commit', sha: head, url: `${this.api()}/git/commits/${head}` },
    };
  }

  private commitListJson(c: { path: string; branch: string; message: string; sha: string; at: string }) {
    const person = { name: 'autopilot', email: 'autopilot@example.com', date: c.at };
    const treeSha = sha(`tree-of:${c.sha}`);
    return {
      url: `${this.api()}/commits/${c.sha}`,
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 8)}`,
      html_url: `${this.html()}/commit/${c.sha}`,
      comments_url: `${this.api()}/commits/${c.sha}/comments`,
      commit: {
        url: `${this.api()}/git/commits/${c.sha}`,
        author: person,
        committer: person,
        message: c.message,
        comment_count: 0,
        tree: { sha: treeSha, url: `${this.api()}/git/trees/${treeSha}` },
      },
      author: null,
      committer: null,
      parents: [],
    };
  }

  // ---- JSON shapes (GitHub's, with the fields its description requires) ---

  private api(): string {
    return `${this.base}/repos/${this.owner}/${this.repo}`;
  }

  private html(): string {
    return `https://github.com/${this.owner}/${this.repo}`;
  }

  private runJson(run: FakeRun) {
    const url = `${this.api()}/actions/runs/${run.id}`;
    return {
      id: run.id,
      node_id: `WFR_${run.id}`,
      name: 'publish',
      display_title: run.display_title,
      head_branch: 'main',
      head_sha: sha(String(run.id)),
      path: `.github/workflows/${run.workflow}`,
      run_number: run.id - 999,
      run_attempt: 1,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: 1,
      url,
      html_url: `${this.html()}/actions/runs/${run.id}`,
      created_at: run.created_at,
      updated_at: run.updated_at,
      run_started_at: run.run_started_at,
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${this.api()}/check-suites/${run.id}`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      artifacts_url: `${url}/artifacts`,
      workflow_url: `${this.api()}/actions/workflows/1`,
      pull_requests: [],
      head_commit: {
        id: sha(String(run.id)),
        tree_id: sha(`tree${run.id}`),
        message: 'content update',
        timestamp: run.created_at,
        author: { name: 'Bot', email: 'bot@example.com' },
        committer: { name: 'Bot', email: 'bot@example.com' },
      },
      repository: this.repositoryJson(),
      head_repository: this.repositoryJson(),
    };
  }

  private issueJson(issue: FakeIssue) {
    const url = `${this.api()}/issues/${issue.number}`;
    return {
      id: 5000 + issue.number,
      node_id: `I_${issue.number}`,
      url,
      repository_url: this.api(),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.html()}/${issue.is_pull_request ? 'pull' : 'issues'}/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.state_reason,
      title: issue.title,
      body: issue.body,
      user: this.userJson('autopilot-bot'),
      labels: issue.labels.map((name, i) => ({
        id: 100 + i,
        node_id: `LA_${name}`,
        url: `${this.api()}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false,
      })),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      comments: issue.comments.length,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      author_association: 'OWNER',
      ...(issue.is_pull_request
        ? {
            pull_request: {
              url: `${this.api()}/pulls/${issue.number}`,
              html_url: `${this.html()}/pull/${issue.number}`,
              diff_url: `${this.html()}/pull/${issue.number}.diff`,
              patch_url: `${this.html()}/pull/${issue.number}.patch`,
            },
          }
        : {}),
    };
  }

  private commentJson(issue: FakeIssue, comment: FakeComment) {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.api()}/issues/comments/${comment.id}`,
      html_url: `${this.html()}/issues/${issue.number}#issuecomment-${comment.id}`,
      issue_url: `${this.api()}/issues/${issue.number}`,
      body: comment.body,
      user: this.userJson('autopilot-bot'),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: 'OWNER',
    };
  }

  private contentJson(path: string, ref: string, file: { text: string; sha: string }) {
    const url = `${this.api()}/contents/${path}?ref=${ref}`;
    const htmlUrl = `${this.html()}/blob/${ref}/${path}`;
    const gitUrl = `${this.api()}/git/blobs/${file.sha}`;
    return {
      name: path.split('/').at(-1) ?? path,
      path,
      sha: file.sha,
      size: Buffer.byteLength(file.text),
      url,
      html_url: htmlUrl,
      git_url: gitUrl,
      download_url: `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${path}`,
      _links: { self: url, git: gitUrl, html: htmlUrl },
    };
  }

  private userJson(login: string) {
    const url = `${this.base}/users/${login}`;
    return {
      login,
      id: 1,
      node_id: 'U_1',
      avatar_url: `https://avatars.githubusercontent.com/u/1`,
      gravatar_id: '',
      url,
      html_url: `https://github.com/${login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: 'User',
      site_admin: false,
    };
  }

  /** GET /repos/{owner}/{repo}: the full-repository fields GitHub requires, and the caller's role. */
  private fullRepositoryJson() {
    const at = '2025-06-01T00:00:00Z';
    const open = this.issues.filter((i) => i.state === 'open' && !i.is_pull_request).length;
    return {
      ...this.repositoryJson(),
      clone_url: `${this.html()}.git`,
      git_url: `git://github.com/${this.owner}/${this.repo}.git`,
      ssh_url: `git@github.com:${this.owner}/${this.repo}.git`,
      svn_url: this.html(),
      mirror_url: null,
      homepage: null,
      language: 'TypeScript',
      default_branch: 'main',
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      open_issues: open,
      open_issues_count: open,
      size: 1,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: at,
      created_at: at,
      updated_at: at,
      network_count: 0,
      subscribers_count: 1,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    };
  }

  private repositoryJson() {
    const api = this.api();
    // GitHub's URL templates of a repository, each under the repository's API URL.
    const templates: Record<string, string> = {
      archive_url: '/{archive_format}{/ref}',
      assignees_url: '/assignees{/user}',
      blobs_url: '/git/blobs{/sha}',
      branches_url: '/branches{/branch}',
      collaborators_url: '/collaborators{/collaborator}',
      comments_url: '/comments{/number}',
      commits_url: '/commits{/sha}',
      compare_url: '/compare/{base}...{head}',
      contents_url: '/contents/{+path}',
      contributors_url: '/contributors',
      deployments_url: '/deployments',
      downloads_url: '/downloads',
      events_url: '/events',
      forks_url: '/forks',
      git_commits_url: '/git/commits{/sha}',
      git_refs_url: '/git/refs{/sha}',
      git_tags_url: '/git/tags{/sha}',
      hooks_url: '/hooks',
      issue_comment_url: '/issues/comments{/number}',
      issue_events_url: '/issues/events{/number}',
      issues_url: '/issues{/number}',
      keys_url: '/keys{/key_id}',
      labels_url: '/labels{/name}',
      languages_url: '/languages',
      merges_url: '/merges',
      milestones_url: '/milestones{/number}',
      notifications_url: '/notifications{?since,all,participating}',
      pulls_url: '/pulls{/number}',
      releases_url: '/releases{/id}',
      stargazers_url: '/stargazers',
      statuses_url: '/statuses/{sha}',
      subscribers_url: '/subscribers',
      subscription_url: '/subscription',
      tags_url: '/tags',
      teams_url: '/teams',
      trees_url: '/git/trees{/sha}',
    };
    return {
      id: 42,
      node_id: 'R_42',
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: this.userJson(this.owner),
      private: true,
      html_url: this.html(),
      description: null,
      fork: false,
      url: api,
      ...Object.fromEntries(Object.entries(templates).map(([key, suffix]) => [key, `${api}${suffix}`])),
    };
  }
}

export type Permission = 'actions' | 'actions_variables' | 'issues' | 'contents' | 'metadata';
export type Permissions = Record<Permission, 'read' | 'write'>;
export type TokenKind = 'app' | 'fine-grained';

const DOC_PAGES: Record<Permission, string> = {
  actions: '/actions/workflow-runs',
  actions_variables: '/actions/variables',
  issues: '/issues/issues',
  contents: '/repos/contents',
  metadata: '/repos/repos',
};

/**
 * The permission an endpoint needs, as GitHub's "Permissions required for
 * GitHub Apps" lists it, by path, so routes other tests add get theirs too
 * (git refs and branches are contents). Reads need read, anything else write.
 */
export function requiredPermission(method: string, route: string): [Permission, 'read' | 'write'] {
  const level = method === 'GET' ? 'read' : 'write';
  if (route.includes('/actions/variables')) return ['actions_variables', level];
  if (route.includes('/actions/')) return ['actions', level];
  if (route.includes('/issues')) return ['issues', level];
  if (/\/(contents|git|branches|commits)(\/|$)/.test(route)) return ['contents', level];
  return ['metadata', 'read'];
}

function sha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** GitHub's page/per_page pagination with a Link header (next, last, prev, first). */
function paginate<T>(
  all: readonly T[],
  query: URLSearchParams,
  url: URL,
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(all.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    target.searchParams.set('per_page', String(perPage));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  return {
    items: all.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** Adapter options pointed at a fake: instant retry waits, no write spacing. */
export function fakeGitHubOptions(fake: FakeGitHub) {
  return {
    token: 'test-token',
    owner: fake.owner,
    repo: fake.repo,
    baseUrl: fake.url,
    retryBaseMs: 1,
    spaceWrites: false,
  };
}
