// The catalogue of every setting. One schema serves action inputs, the
// environment, `.env` and CLI flags (see load.ts for precedence).

import { z } from 'zod';
import {
  boolean,
  decimal,
  integer,
  list,
  numberList,
  oneOf,
  optionalText,
  positive,
  type Setting,
  setting,
  text,
  url,
} from './setting';

const secret = { secret: true } as const;

export const SETTINGS = {
  // ── state and mode ─────────────────────────────────────────────────────
  state: setting('state', text(), 'a folder path', 'State folder of the local adapters', {
    env: 'AUTOPILOT_STATE',
    fallback: '.autopilot',
  }),
  mode: setting('mode', oneOf(['review', 'publish']), 'review or publish', 'review drafts only; publish goes live', {
    env: 'AUTOPILOT_MODE',
    fallback: 'review',
  }),
  logFormat: setting('log-format', oneOf(['text', 'json']), 'text or json', 'Log line format', { fallback: 'text' }),
  runId: setting('run-id', optionalText(), 'an id', 'Run id (defaults to GITHUB_RUN_ID or a fresh id)', {
    env: 'AUTOPILOT_RUN_ID',
  }),

  // ── executor ───────────────────────────────────────────────────────────
  maxItems: setting('max-items', integer(1, 1000), 'a whole number from 1 to 1000', 'Items claimed per run', {
    fallback: '5',
  }),
  concurrency: setting('concurrency', integer(1, 32), 'a whole number from 1 to 32', 'Items processed at once', {
    fallback: '2',
  }),
  timeBudget: setting('time-budget', positive(), 'a positive number of seconds', 'Stop claiming after this long', {
    fallback: '600',
  }),
  lease: setting('lease', positive(), 'a positive number of seconds', 'How long a claim holds an item', {
    fallback: '900',
  }),
  requestTimeout: setting(
    'request-timeout',
    positive(),
    'a positive number of seconds',
    'How long one outbound request may wait',
    {
      fallback: '30',
    },
  ),
  maxAttempts: setting('max-attempts', integer(1, 100), 'a whole number from 1 to 100', 'Attempts before FAILED', {
    fallback: '3',
  }),
  maxFixPasses: setting('max-fix-passes', integer(0, 10), 'a whole number from 0 to 10', 'Auto-fix passes on RETRY', {
    fallback: '2',
  }),
  requireApproval: setting('require-approval', boolean(), 'true or false', 'Publish only approved drafts', {
    fallback: 'true',
  }),
  backoff: setting('backoff', numberList(), 'seconds separated by commas, e.g. 60,180,600', 'Retry delays', {
    fallback: '60,180,600',
  }),
  backoffJitter: setting('backoff-jitter', decimal(0, 1), 'a number from 0 to 1', 'Random spread of retry delays', {
    fallback: '0.3',
  }),
  titleMax: setting('title-max', integer(1), 'a whole number ≥ 1', 'TITLE_TOO_LONG above this many characters', {
    fallback: '70',
  }),
  summaryMax: setting('summary-max', integer(1), 'a whole number ≥ 1', 'SUMMARY_TOO_LONG above this many characters', {
    fallback: '160',
  }),
  bodyMinWords: setting('body-min-words', integer(0), 'a whole number ≥ 0', 'BODY_TOO_SHORT below this many words', {
    fallback: '300',
  }),
  bodyMaxWords: setting('body-max-words', integer(1), 'a whole number ≥ 1', 'BODY_TOO_LONG above this many words', {
    fallback: '3000',
  }),
  headingsAfterWords: setting('headings-after-words', integer(1), 'a whole number ≥ 1', 'NO_HEADINGS above this', {
    fallback: '600',
  }),
  bannedPhrases: setting('banned-phrases', list(), 'phrases separated by commas', 'Extra BANNED_PHRASE entries', {
    fallback: '',
  }),
  contentRoot: setting('content-root', optionalText(), 'a folder path', 'Where content_path is resolved'),

  // ── variables (kill-switch) ────────────────────────────────────────────
  wfEnabled: setting('wf-enabled', optionalText(), 'true or false', 'WF_ENABLED repository variable', {
    env: 'WF_ENABLED',
  }),
  allowPublish: setting('allow-publish', optionalText(), 'human_enabled or human_disabled', 'ALLOW_PUBLISH variable', {
    env: 'ALLOW_PUBLISH',
  }),

  // ── heartbeat ──────────────────────────────────────────────────────────
  heartbeatFile: setting(
    'heartbeat-file',
    optionalText(),
    'a file path',
    'Heartbeat file (default local_heartbeat.json in the checkout; the CLI without push: in state)',
  ),
  heartbeatUrl: setting('heartbeat-url', url().optional(), 'an http(s) URL', 'Heartbeat URL', {
    env: 'LOCAL_HEARTBEAT_URL',
  }),
  heartbeatSource: setting(
    'heartbeat-source',
    oneOf(['file', 'url', 'variable', 'branch']),
    'file, url, variable or branch',
    'Where',
    { fallback: 'file' },
  ),
  heartbeatTimeout: setting('heartbeat-timeout', positive(), 'a positive number of seconds', 'URL timeout', {
    fallback: '5',
  }),
  maxAgeMinutes: setting('max-age-minutes', positive(), 'a positive number of minutes', 'Heartbeat max age', {
    fallback: '15',
  }),
  deadAfterHours: setting('dead-after-hours', positive(), 'a positive number of hours', 'Heartbeat dead after', {
    fallback: '24',
  }),
  futureToleranceSeconds: setting('future-tolerance-seconds', decimal(0), 'a number of seconds ≥ 0', 'Clock skew', {
    fallback: '120',
  }),
  expectLocal: setting('expect-local', boolean(), 'true or false', 'A local runner is expected', { fallback: 'false' }),
  staleGraceMinutes: setting('stale-grace-minutes', decimal(0), 'a number of minutes ≥ 0', 'Before heartbeat-stale', {
    fallback: '30',
  }),
  owner: setting('owner', optionalText(), 'a name', 'Heartbeat owner (default user@host)', { env: 'AUTOPILOT_OWNER' }),
  heartbeatPush: setting('heartbeat-push', boolean(), 'true or false', 'Commit and push the heartbeat file', {
    env: 'LOCAL_HEARTBEAT_PUSH',
    fallback: 'false',
  }),

  // ── supervisor ─────────────────────────────────────────────────────────
  failureThreshold: setting('failure-threshold', integer(1), 'a whole number ≥ 1', 'Failures that disable', {
    fallback: '2',
  }),
  healthWindow: setting('health-window', integer(1, 100), 'a whole number from 1 to 100', 'Recent runs judged', {
    fallback: '5',
  }),
  reviewWindowHours: setting('review-window-hours', positive(), 'a positive number of hours', 'Review recency', {
    fallback: '24',
  }),
  deadLetterThreshold: setting('dead-letter-threshold', integer(0), 'a whole number ≥ 0', 'FAILED rows in 24 h', {
    fallback: '3',
  }),
  stallAfterHours: setting('stall-after-hours', positive(), 'a positive number of hours', 'schedule-stalled after', {
    fallback: '3',
  }),
  repeatIntervalHours: setting('repeat-interval-hours', positive(), 'a positive number of hours', 'Repeat notices', {
    fallback: '6',
  }),
  reopenWindowHours: setting('reopen-window-hours', positive(), 'a positive number of hours', 'Reopen, not create', {
    fallback: '24',
  }),
  dryRun: setting('dry-run', boolean(), 'true or false', 'Decide and print; change nothing', { fallback: 'false' }),
  workflowFile: setting('workflow-file', text(), 'a workflow file name', 'The publish workflow', {
    fallback: 'publish.yml',
  }),
  workflowRef: setting('workflow-ref', text(), 'a branch or tag', 'Ref dispatched', { fallback: 'main' }),

  // ── reconcile ──────────────────────────────────────────────────────────
  windowHours: setting('window-hours', positive(), 'a positive number of hours', 'Run-log window', { fallback: '24' }),
  trendDays: setting('trend-days', integer(1, 366), 'a whole number from 1 to 366', 'Days in the summary charts', {
    fallback: '14',
  }),
  minSamples: setting(
    'min-samples',
    integer(1),
    'a whole number ≥ 1',
    'Rows before a failure rate can pause publishing',
    {
      fallback: '4',
    },
  ),
  pauseFailureRate: setting('pause-failure-rate', decimal(0, 1), 'a number from 0 to 1', 'pause_and_review at', {
    fallback: '0.5',
  }),
  reviewFailureRate: setting('review-failure-rate', decimal(0, 1), 'a number from 0 to 1', 'review_only at', {
    fallback: '0.2',
  }),
  blockRateThreshold: setting(
    'block-rate-threshold',
    decimal(0, 1),
    'a number from 0 to 1',
    'Share of drafts blocked (gate or reviewer) at which reconcile says the content needs a human; publishing goes on',
    { fallback: '0.25' },
  ),
  dailyCostBudget: setting('daily-cost-budget', decimal(0).optional(), 'a number of US dollars ≥ 0', 'Cost budget'),
  historyLimit: setting('history-limit', integer(1, 10000), 'a whole number from 1 to 10000', 'Decision history', {
    fallback: '50',
  }),
  decisionLogPath: setting('decision-log-path', text(), 'a repository path', 'Decision log file on the state branch', {
    fallback: 'decision_log.json',
  }),

  // ── incident ───────────────────────────────────────────────────────────
  incidentAction: setting(
    'action',
    oneOf(['open', 'update', 'resolve']).optional(),
    'open, update or resolve',
    'What to do',
    {
      env: 'INCIDENT_ACTION',
    },
  ),
  incidentKey: setting('key', optionalText(), 'an incident key', 'Incident key', { env: 'INCIDENT_KEY' }),
  incidentTitle: setting('title', optionalText(), 'a title', 'Incident title', { env: 'INCIDENT_TITLE' }),
  incidentBody: setting('body', optionalText(), 'text', 'Incident body', { env: 'INCIDENT_BODY' }),
  severity: setting(
    'severity',
    oneOf(['critical', 'high', 'medium', 'low']),
    'critical, high, medium or low',
    'Incident severity',
    {
      env: 'INCIDENT_SEVERITY',
      fallback: 'medium',
    },
  ),
  labels: setting('labels', list(), 'labels separated by commas', 'Extra labels', {
    env: 'INCIDENT_LABELS',
    fallback: '',
  }),

  // ── GitHub ─────────────────────────────────────────────────────────────
  githubToken: setting('github-token', optionalText(), 'a GitHub token', 'Token for variables/dispatch/issues', {
    env: 'GITHUB_TOKEN',
    ...secret,
  }),
  repository: setting('repository', optionalText(), 'owner/name', 'Repository', { env: 'GITHUB_REPOSITORY' }),
  githubApiUrl: setting('github-api-url', url(), 'an http(s) URL', 'GitHub API root', {
    env: 'GITHUB_API_URL',
    fallback: 'https://api.github.com',
  }),
  queueBackend: setting(
    'queue-backend',
    oneOf(['local', 'sheets', 'repo']).optional(),
    'local, sheets or repo',
    'Where the queue and run log live: local files, a Google Sheet, or queue.csv and run_log.csv on the state branch (unset: sheets when sheets-id is set, else repo in an action and local in the CLI)',
  ),
  stateBranch: setting(
    'state-branch',
    text().regex(/^(?![/.-])(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![/.])$/),
    'a branch name (letters, digits, . _ - /)',
    'Branch holding queue.csv, run_log.csv, decision_log.json and local_heartbeat.json on GitHub; created on first write; never the default branch',
    { fallback: 'autopilot-state' },
  ),

  // ── Google Sheets ──────────────────────────────────────────────────────
  sheetsId: setting('sheets-id', optionalText(), 'a spreadsheet id', 'Use the Sheets queue and run log'),
  sheetsQueueTab: setting('sheets-queue-tab', text(), 'a tab name', 'Queue tab', { fallback: 'Queue' }),
  sheetsRunlogTab: setting('sheets-runlog-tab', text(), 'a tab name', 'Run log tab', { fallback: 'RunLog' }),
  googleServiceAccountJson: setting('google-service-account-json', optionalText(), 'a key JSON', 'Service account', {
    ...secret,
  }),
  googleOauthAccessToken: setting('google-oauth-access-token', optionalText(), 'a token', 'Ready OAuth token', {
    ...secret,
  }),
  sheetsRequestsPerMinute: setting(
    'sheets-requests-per-minute',
    integer(1, 6000),
    'a whole number from 1 to 6000',
    'Sheets requests a run allows itself per minute (raise it with your quota)',
    { fallback: '60' },
  ),
  sheetsApiUrl: setting('sheets-api-url', url().optional(), 'an http(s) URL', 'Sheets API root override'),

  // ── Shopify ────────────────────────────────────────────────────────────
  shopifyStoreDomain: setting(
    'shopify-store-domain',
    z_hostname(),
    'a host name like my-store.myshopify.com (no https://, port or path)',
    'Store',
  ),
  shopifyAdminToken: setting('shopify-admin-token', optionalText(), 'an Admin API token', 'Token', { ...secret }),
  shopifyClientId: setting('shopify-client-id', optionalText(), 'a client id', 'App client id'),
  shopifyClientSecret: setting('shopify-client-secret', optionalText(), 'a client secret', 'App secret', { ...secret }),
  shopifyApiVersion: setting('shopify-api-version', z_version(), 'a version like 2026-10', 'Admin API version', {
    fallback: '2026-10',
  }),
  shopifyBlogHandle: setting('shopify-blog-handle', text(), 'a blog handle', 'Blog', { fallback: 'news' }),
  shopifyAuthor: setting('shopify-author', optionalText(), 'a name', 'Article author'),
  shopifyApiUrl: setting('shopify-api-url', url().optional(), 'an http(s) URL', 'GraphQL endpoint override'),

  // ── LLM ────────────────────────────────────────────────────────────────
  llmBaseUrl: setting('llm-base-url', url().optional(), 'an http(s) URL', 'OpenAI-compatible API root'),
  llmApiKey: setting('llm-api-key', optionalText(), 'an API key', 'LLM key', { ...secret }),
  llmModel: setting('llm-model', optionalText(), 'a model name', 'Model'),
  llmControlPrompt: setting('llm-control-prompt', optionalText(), 'text', 'System prompt'),
  configFile: setting('config-file', optionalText(), 'a YAML or JSON file path', 'Generator and rules config'),

  // ── notifications ──────────────────────────────────────────────────────
  slackWebhookUrl: setting('slack-webhook-url', url().optional(), 'an http(s) URL', 'Slack webhook', { ...secret }),
  notifyWebhookUrl: setting('notify-webhook-url', url().optional(), 'an http(s) URL', 'JSON webhook', { ...secret }),

  // ── observability ──────────────────────────────────────────────────────
  metricsFile: setting('metrics-file', optionalText(), 'a file path', 'Prometheus text file to write'),
} as const;

/** A bare host name: the Admin API URL is built from it (SHOPIFY_API_URL overrides the whole endpoint). */
function z_hostname() {
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  return z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(new RegExp(`^${label}(?:\\.${label})+$`))
    .optional();
}

function z_version() {
  return text().regex(/^\d{4}-(01|04|07|10)$|^unstable$/);
}

export type SettingKey = keyof typeof SETTINGS;
type ValueOf<S> = S extends Setting<infer T> ? T : never;
export type Config = { [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> };

/** Keys as the outside world spells them (input / flag), for declarations and checks. */
export const SETTING_BY_KEY: ReadonlyMap<string, SettingKey> = new Map(
  (Object.keys(SETTINGS) as SettingKey[]).map((name) => [SETTINGS[name].key, name]),
);
