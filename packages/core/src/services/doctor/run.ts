// `autopilot doctor`: probe each service the configuration names, judge each
// answer with the pure checks beside this file, and return the checklist.
// The only I/O is here. No probe writes or runs anything (see
// github-access.ts for how the write permissions are proved), and every text
// that goes out is redacted, runtime tokens (an exchanged Shopify token, a
// Google access token) included.
import { quoteTab } from '../../adapters/sheets/a1';
import { createSheetsAuth } from '../../adapters/sheets/auth';
import { BLOG_BY_HANDLE, searchTerm } from '../../adapters/shopify/operations';
import type { Config } from '../../config/settings';
import { KILL_SWITCH } from '../../domain/variables';
import { createRedactor } from '../../util/redact';
import { evaluatePermission, evaluateRepository, type GitHubContextForChecks, type GitHubProbe } from './github-access';
import { probe } from './http';
import { evaluateLlm } from './llm-model';
import { evaluateSheetTab } from './sheet-tabs';
import { evaluateShopifyBlog } from './shopify-blog';
import { evaluateShopifyCredentials, type ShopifyCredentialsObservation } from './shopify-credentials';
import { evaluateShopifyScopes } from './shopify-scopes';
import { evaluateSwitch } from './switches';
import { type CheckResult, fail, type HttpObservation, isAnswer, skip } from './types';

export const DOCTOR_GROUPS = ['github', 'variables', 'sheets', 'shopify', 'llm'] as const;
export type DoctorGroup = (typeof DOCTOR_GROUPS)[number];

/** Every check the doctor can report, in the order it reports them (each has a RUNBOOK entry). */
export const CHECK_IDS = [
  'github.repository',
  'github.actions-read',
  'github.actions-write',
  'github.variables-write',
  'github.issues-write',
  'github.contents-write',
  'variables.WF_ENABLED',
  'variables.ALLOW_PUBLISH',
  'sheets.queue-tab',
  'sheets.runlog-tab',
  'shopify.credentials',
  'shopify.scopes',
  'shopify.blog',
  'llm.model',
] as const;

/** Names no real object can have, so a probe that GitHub authorises still changes nothing. */
export const PROBES = {
  /** `..` is not allowed in a git ref name: no branch or tag can be called this. */
  ref: 'autopilot-doctor..probe',
  /** Variable names may not start with GITHUB_: this one cannot exist. */
  variable: 'GITHUB_AUTOPILOT_DOCTOR_PROBE',
  /** Issue numbers start at 1. */
  issue: 0,
  path: '.autopilot-doctor-probe',
} as const;

const ACCESS_SCOPES = `query AccessScopes {
  currentAppInstallation { accessScopes { handle } }
}`;

export interface DoctorOptions {
  config: Config;
  fetch?: typeof fetch;
  /** Only these groups (default: all). */
  groups?: readonly DoctorGroup[];
  /** How the GitHub token is known to the user (default AUTOPILOT_TOKEN). */
  tokenName?: string;
}

export interface DoctorReport {
  checks: CheckResult[];
  /** True only when no check failed. */
  ok: boolean;
}

export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const { config } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = (config.requestTimeout ?? 30) * 1000;
  const groups = new Set(options.groups ?? DOCTOR_GROUPS);
  const runtimeSecrets: string[] = [];
  const ctx: Ctx = {
    config,
    fetch: fetchImpl,
    timeoutMs,
    runtimeSecrets,
    tokenName: options.tokenName ?? 'AUTOPILOT_TOKEN',
  };

  const wanted = async (group: DoctorGroup, run: (c: Ctx) => Promise<CheckResult[]>) =>
    groups.has(group) ? run(ctx) : [];
  const parts = await Promise.all([
    wanted('github', gitHubChecks),
    wanted('variables', switchChecks),
    wanted('sheets', sheetChecks),
    wanted('shopify', shopifyChecks),
    wanted('llm', llmChecks),
  ]);
  const scrub = createRedactor({ secrets: runtimeSecrets });
  const checks = parts.flat().map((c) => ({
    ...c,
    detail: scrub(c.detail),
    ...(c.fix !== undefined ? { fix: scrub(c.fix) } : {}),
  }));
  return { checks, ok: checks.every((c) => c.status !== 'fail') };
}

interface Ctx {
  config: Config;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Tokens obtained while probing: redacted from every result. */
  runtimeSecrets: string[];
  tokenName: string;
}

// ── GitHub ──────────────────────────────────────────────────────────────

function gitHubSetup(c: Ctx): { api: string; headers: Record<string, string> } | CheckResult {
  const { config } = c;
  if (!config.githubToken || !config.repository) {
    const missing = !config.githubToken ? 'the GitHub token' : 'the repository (owner/name)';
    return fail(
      'github.repository',
      'GitHub token and repository',
      `${missing} is not set`,
      `in the workflow, pass secrets.${c.tokenName} as GITHUB_TOKEN (doctor.yml does); on your machine set GITHUB_TOKEN ` +
        'and GITHUB_REPOSITORY=owner/name (or --github-token / --repository)',
    );
  }
  return {
    api: `${config.githubApiUrl.replace(/\/+$/, '')}/repos/${config.repository}`,
    headers: {
      authorization: `Bearer ${config.githubToken}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'shopify-blog-autopilot-doctor',
    },
  };
}

function gitHubContext(c: Ctx): GitHubContextForChecks {
  return {
    repository: c.config.repository ?? '(unset)',
    tokenName: c.tokenName,
    workflowFile: c.config.workflowFile,
    stateBranch: c.config.stateBranch,
  };
}

async function gitHubChecks(c: Ctx): Promise<CheckResult[]> {
  const setup = gitHubSetup(c);
  if ('status' in setup) return [setup];
  const { api, headers } = setup;
  const ask = (path: string, method = 'GET', body?: unknown) =>
    probe(c.fetch, `${api}${path}`, { method, headers, body }, c.timeoutMs);
  const gh = gitHubContext(c);
  const repository = evaluateRepository(await ask(''), gh);
  const probes: Record<GitHubProbe, () => Promise<HttpObservation>> = {
    'actions-read': () => ask(`/actions/workflows/${encodeURIComponent(gh.workflowFile)}/runs?per_page=1`),
    'actions-write': () =>
      ask(`/actions/workflows/${encodeURIComponent(gh.workflowFile)}/dispatches`, 'POST', { ref: PROBES.ref }),
    'variables-write': () => ask(`/actions/variables/${PROBES.variable}`, 'PATCH', { value: 'doctor-probe' }),
    'issues-write': () => ask(`/issues/${PROBES.issue}`, 'PATCH', {}),
    'contents-write': () =>
      ask(`/contents/${PROBES.path}`, 'PUT', {
        message: 'autopilot doctor probe (never written: the branch cannot exist)',
        content: '',
        branch: PROBES.ref,
      }),
  };
  const names = Object.keys(probes) as GitHubProbe[];
  if (repository.status !== 'pass') {
    return [
      repository,
      ...names.map((name) => skip(`github.${name}`, name, 'not checked: the token cannot see the repository')),
    ];
  }
  const answers = await Promise.all(names.map((name) => probes[name]()));
  return [repository, ...names.map((name, i) => evaluatePermission(name, answers[i] as HttpObservation, gh))];
}

async function switchChecks(c: Ctx): Promise<CheckResult[]> {
  const setup = gitHubSetup(c);
  if ('status' in setup) {
    return KILL_SWITCH.map((name) =>
      skip(`variables.${name}`, `variable ${name}`, 'not checked: the GitHub token or repository is not set'),
    );
  }
  const answers = await Promise.all(
    KILL_SWITCH.map((name) =>
      probe(c.fetch, `${setup.api}/actions/variables/${name}`, { headers: setup.headers }, c.timeoutMs),
    ),
  );
  return KILL_SWITCH.map((name, i) => evaluateSwitch(name, answers[i] as HttpObservation, gitHubContext(c).repository));
}

// ── Google Sheets ───────────────────────────────────────────────────────

async function sheetChecks(c: Ctx): Promise<CheckResult[]> {
  const { config } = c;
  const backend = config.queueBackend ?? (config.sheetsId ? 'sheets' : 'repo');
  const tabs = [
    ['queue', config.sheetsQueueTab],
    ['runlog', config.sheetsRunlogTab],
  ] as const;
  if (backend !== 'sheets') {
    return [skip('sheets.queue-tab', 'Google Sheet', `not used: the queue backend is ${backend}`)];
  }
  if (!config.sheetsId) {
    return [
      fail(
        'sheets.queue-tab',
        'Google Sheet',
        'queue-backend is sheets but SHEETS_ID is not set',
        'set the SHEETS_ID variable',
      ),
    ];
  }
  let token: string;
  try {
    const auth = createSheetsAuth({
      serviceAccountJson: config.googleServiceAccountJson,
      accessToken: config.googleOauthAccessToken,
    });
    const got = await auth.getAccessToken();
    const value = typeof got === 'string' ? got : got?.token;
    if (!value) throw new Error('Google issued no access token');
    token = value;
    c.runtimeSecrets.push(token);
  } catch (error) {
    return [
      fail(
        'sheets.queue-tab',
        'Google Sheets credentials',
        `no Google access token: ${(error as Error).message}`,
        'set GOOGLE_SERVICE_ACCOUNT_JSON to the service account’s key JSON (or GOOGLE_OAUTH_ACCESS_TOKEN)',
      ),
    ];
  }
  const root = (config.sheetsApiUrl ?? 'https://sheets.googleapis.com/').replace(/\/*$/, '/');
  const sheetsId = config.sheetsId;
  const answers = await Promise.all(
    tabs.map(([, tab]) =>
      probe(
        c.fetch,
        `${root}v4/spreadsheets/${encodeURIComponent(sheetsId)}/values/${encodeURIComponent(`${quoteTab(tab)}!1:1`)}?valueRenderOption=FORMATTED_VALUE`,
        { headers: { authorization: `Bearer ${token}` } },
        c.timeoutMs,
      ),
    ),
  );
  return tabs.map(([kind, tab], i) => evaluateSheetTab(kind, tab, answers[i] as HttpObservation, sheetsId));
}

// ── Shopify ─────────────────────────────────────────────────────────────

async function shopifyChecks(c: Ctx): Promise<CheckResult[]> {
  const { config } = c;
  const store = config.shopifyStoreDomain;
  const endpoint =
    config.shopifyApiUrl ?? (store ? `https://${store}/admin/api/${config.shopifyApiVersion}/graphql.json` : '');
  const graphql = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    probe(
      c.fetch,
      endpoint,
      { method: 'POST', headers: { 'x-shopify-access-token': token }, body: { query, variables } },
      c.timeoutMs,
    );
  const dependents = (why: string) => [
    skip('shopify.scopes', 'Shopify app scopes', `not checked: ${why}`),
    skip('shopify.blog', `Shopify blog "${config.shopifyBlogHandle}"`, `not checked: ${why}`),
  ];

  // The publisher's order: a static Admin API token wins over client credentials.
  let credentials: ShopifyCredentialsObservation;
  let token: string | undefined;
  let scopesAnswer: HttpObservation | undefined;
  if (!store && !config.shopifyApiUrl) {
    credentials = { kind: 'missing', missing: 'SHOPIFY_STORE_DOMAIN' };
  } else if (config.shopifyAdminToken) {
    token = config.shopifyAdminToken;
    scopesAnswer = await graphql(token, ACCESS_SCOPES);
    credentials = { kind: 'admin-token', store: store ?? endpoint, graphql: scopesAnswer };
  } else if (config.shopifyClientId && config.shopifyClientSecret) {
    const exchange = await probe(
      c.fetch,
      new URL('/admin/oauth/access_token', endpoint).toString(),
      {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: config.shopifyClientId,
          client_secret: config.shopifyClientSecret,
        }),
      },
      c.timeoutMs,
    );
    const issued = isAnswer(exchange)
      ? (exchange.body as { access_token?: unknown } | undefined)?.access_token
      : undefined;
    if (typeof issued === 'string' && issued) {
      token = issued;
      c.runtimeSecrets.push(issued);
    }
    credentials = { kind: 'client-credentials', store: store ?? endpoint, exchange };
  } else {
    credentials = {
      kind: 'missing',
      missing: config.shopifyClientId ? 'SHOPIFY_CLIENT_SECRET' : 'SHOPIFY_CLIENT_ID (or SHOPIFY_ADMIN_TOKEN)',
    };
  }
  const first = evaluateShopifyCredentials(credentials);
  if (first.status !== 'pass' || !token) return [first, ...dependents('the Shopify credentials did not work')];
  scopesAnswer ??= await graphql(token, ACCESS_SCOPES);
  const scopes = evaluateShopifyScopes(scopesAnswer);
  if (scopes.status !== 'pass') {
    return [first, scopes, dependents('the app cannot read blogs without its scopes')[1] as CheckResult];
  }
  const blog = evaluateShopifyBlog(
    config.shopifyBlogHandle,
    await graphql(token, BLOG_BY_HANDLE.query, { query: searchTerm('handle', config.shopifyBlogHandle) }),
  );
  return [first, scopes, blog];
}

// ── LLM ─────────────────────────────────────────────────────────────────

async function llmChecks(c: Ctx): Promise<CheckResult[]> {
  const { config } = c;
  if (!config.llmBaseUrl) return [evaluateLlm(config.llmModel, { kind: 'not-configured' })];
  if (!config.llmModel) return [evaluateLlm(undefined, { kind: 'missing-model' })];
  const answer = await probe(
    c.fetch,
    `${config.llmBaseUrl.replace(/\/+$/, '')}/chat/completions`,
    {
      method: 'POST',
      headers: config.llmApiKey ? { authorization: `Bearer ${config.llmApiKey}` } : {},
      body: { model: config.llmModel, messages: [{ role: 'user', content: 'Reply with the single word OK.' }] },
    },
    c.timeoutMs,
  );
  return [evaluateLlm(config.llmModel, { kind: 'asked', answer })];
}
