// The catalogue of every setting. One schema serves action inputs, the
// environment, `.env` and CLI flags (see load.ts for precedence).

import { parseShard } from '../domain/queue/shard';
import { isTimeZone } from '../domain/queue/time';
import {
  boolean,
  decimal,
  fromText,
  integer,
  list,
  lowerText,
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
  state: setting(
    'state',
    text(),
    'a folder path',
    "Folder of the local adapters' files (queue.csv, run log, variables, incidents, site) when no service is configured, relative to the working directory",
    {
      env: 'AUTOPILOT_STATE',
      fallback: '.autopilot',
    },
  ),
  mode: setting(
    'mode',
    oneOf(['review', 'publish']),
    'review or publish',
    'Run mode: review writes drafts only; publish goes live, but only while WF_ENABLED=true and ALLOW_PUBLISH=human_enabled (otherwise the run is downgraded to review)',
    {
      env: 'AUTOPILOT_MODE',
      fallback: 'review',
    },
  ),
  logFormat: setting(
    'log-format',
    oneOf(['text', 'json']),
    'text or json',
    'Format of log lines: readable text (trace id on the first line), or JSON lines with trace_id on every line',
    { fallback: 'text' },
  ),
  runId: setting('run-id', optionalText(), 'an id', 'Run id (defaults to GITHUB_RUN_ID or a fresh id)', {
    env: 'AUTOPILOT_RUN_ID',
  }),

  // ── executor ───────────────────────────────────────────────────────────
  maxItems: setting(
    'max-items',
    integer(1, 1000),
    'a whole number from 1 to 1000',
    'Most queue rows one executor run claims',
    {
      fallback: '5',
    },
  ),
  concurrency: setting(
    'concurrency',
    integer(1, 32),
    'a whole number from 1 to 32',
    'Rows one executor run works on at the same time',
    {
      fallback: '2',
    },
  ),
  shard: setting(
    'shard',
    fromText((value) => {
      const parsed = parseShard(value);
      return parsed.ok ? parsed.shard : undefined;
    }).optional(),
    'k/n with whole numbers 1 ≤ k ≤ n, e.g. 2/4',
    "This run's part of the queue when n runs work it side by side (a workflow matrix of n jobs): the rows whose item id hashes to k of n. Unset: the whole queue",
  ),
  timeBudget: setting(
    'time-budget',
    positive(),
    'a positive number of seconds',
    'Seconds after which a run claims no more rows; rows in flight are cancelled and released',
    {
      fallback: '600',
    },
  ),
  lease: setting(
    'lease',
    positive(),
    'a positive number of seconds',
    'Seconds a claim holds a row; the supervisor recovers a row whose lease expired',
    {
      fallback: '900',
    },
  ),
  requestTimeout: setting(
    'request-timeout',
    positive(),
    'a positive number of seconds',
    'How long one outbound request may wait',
    {
      fallback: '30',
    },
  ),
  maxAttempts: setting(
    'max-attempts',
    integer(1, 100),
    'a whole number from 1 to 100',
    'Attempts per row before it ends FAILED',
    {
      fallback: '3',
    },
  ),
  maxFixPasses: setting(
    'max-fix-passes',
    integer(0, 10),
    'a whole number from 0 to 10',
    'Automatic fix passes on a draft the gate sends back (RETRY) before it is blocked',
    {
      fallback: '2',
    },
  ),
  timezone: setting(
    'timezone',
    text().refine(isTimeZone),
    'an IANA time zone such as Europe/Berlin or America/New_York',
    'Time zone a publish_at without one (2026-11-22 09:00) is read in',
    {
      fallback: 'UTC',
    },
  ),
  requireApproval: setting(
    'require-approval',
    boolean(),
    'true or false',
    'In publish mode, publish only drafts a human approved; the others stop as drafts awaiting approval',
    {
      fallback: 'true',
    },
  ),
  backoff: setting(
    'backoff',
    numberList(),
    'seconds separated by commas, e.g. 60,180,600',
    'Delays before the first, second, … retry of a row (the last repeats)',
    {
      fallback: '60,180,600',
    },
  ),
  backoffJitter: setting(
    'backoff-jitter',
    decimal(0, 1),
    'a number from 0 to 1',
    'Random spread of each retry delay, as a fraction of it',
    {
      fallback: '0.3',
    },
  ),
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
  headingsAfterWords: setting(
    'headings-after-words',
    integer(1),
    'a whole number ≥ 1',
    'Word count above which an article needs headings (NO_HEADINGS otherwise)',
    {
      fallback: '600',
    },
  ),
  bannedPhrases: setting(
    'banned-phrases',
    list(),
    'phrases separated by commas',
    'Phrases an article must not contain (BANNED_PHRASE), besides the built-in list',
    {
      fallback: '',
    },
  ),
  metaTitleMax: setting(
    'meta-title-max',
    integer(1),
    'a whole number ≥ 1',
    'META_TITLE_TOO_LONG above this many characters of the SEO title',
    { fallback: '60' },
  ),
  metaDescriptionMin: setting(
    'meta-description-min',
    integer(0),
    'a whole number ≥ 0',
    'META_DESCRIPTION_LENGTH below this many characters of the meta description',
    { fallback: '70' },
  ),
  metaDescriptionMax: setting(
    'meta-description-max',
    integer(1),
    'a whole number ≥ 1',
    'META_DESCRIPTION_LENGTH above this many characters of the meta description',
    { fallback: '160' },
  ),
  requireImage: setting(
    'require-image',
    boolean(),
    'true or false',
    'Block an article without a featured image (IMAGE_MISSING): every row then needs an image_url',
    { fallback: 'false' },
  ),
  readingEaseMin: setting(
    'reading-ease-min',
    decimal(0, 100),
    'a number from 0 to 100',
    'READING_LEVEL below this Flesch reading ease (English articles; lower is harder to read)',
    { fallback: '30' },
  ),
  readingEaseMax: setting(
    'reading-ease-max',
    decimal(0, 100),
    'a number from 0 to 100',
    'READING_LEVEL above this Flesch reading ease (100: no upper limit)',
    { fallback: '100' },
  ),
  nearDuplicateThreshold: setting(
    'near-duplicate-threshold',
    decimal(0, 1),
    'a number from 0 to 1',
    'NEAR_DUPLICATE at or above this share of word 4-shingles in common (Jaccard) with another article of the blog or the queue',
    { fallback: '0.6' },
  ),
  contentRoot: setting(
    'content-root',
    optionalText(),
    'a folder path',
    "Folder a row's content_path is read from (unset: the working directory)",
  ),

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
  heartbeatUrl: setting(
    'heartbeat-url',
    url().optional(),
    'an http(s) URL',
    "URL that serves the local runner's heartbeat JSON (heartbeat-source url)",
    {
      env: 'LOCAL_HEARTBEAT_URL',
    },
  ),
  heartbeatSource: setting(
    'heartbeat-source',
    oneOf(['file', 'url', 'variable', 'branch']),
    'file, url, variable or branch',
    "Where the local runner's heartbeat is read: file (heartbeat-file in the checkout), url (heartbeat-url), variable (the LOCAL_HEARTBEAT repository variable) or branch (local_heartbeat.json on state-branch)",
    { fallback: 'file' },
  ),
  heartbeatTimeout: setting(
    'heartbeat-timeout',
    positive(),
    'a positive number of seconds',
    'Seconds to wait for heartbeat-url to answer',
    {
      fallback: '5',
    },
  ),
  maxAgeMinutes: setting(
    'max-age-minutes',
    positive(),
    'a positive number of minutes',
    'Minutes a heartbeat stays fresh; older, the local runner no longer owns the pipeline',
    {
      fallback: '15',
    },
  ),
  deadAfterHours: setting(
    'dead-after-hours',
    positive(),
    'a positive number of hours',
    'Hours after which a silent heartbeat counts as dead rather than stale',
    {
      fallback: '24',
    },
  ),
  futureToleranceSeconds: setting(
    'future-tolerance-seconds',
    decimal(0),
    'a number of seconds ≥ 0',
    "Seconds a heartbeat's timestamp may lie in the future (clock skew) before it is rejected",
    {
      fallback: '120',
    },
  ),
  expectLocal: setting(
    'expect-local',
    boolean(),
    'true or false',
    'Whether a local runner is meant to be beating: true opens heartbeat-stale when its heartbeat goes quiet',
    { fallback: 'false' },
  ),
  staleGraceMinutes: setting(
    'stale-grace-minutes',
    decimal(0),
    'a number of minutes ≥ 0',
    'Minutes past max-age-minutes before heartbeat-stale opens',
    {
      fallback: '30',
    },
  ),
  owner: setting('owner', optionalText(), 'a name', 'Heartbeat owner (default user@host)', { env: 'AUTOPILOT_OWNER' }),
  heartbeatPush: setting('heartbeat-push', boolean(), 'true or false', 'Commit and push the heartbeat file', {
    env: 'LOCAL_HEARTBEAT_PUSH',
    fallback: 'false',
  }),

  // ── supervisor ─────────────────────────────────────────────────────────
  failureThreshold: setting(
    'failure-threshold',
    integer(1),
    'a whole number ≥ 1',
    'Failed runs within health-window that make the supervisor disable publishing',
    {
      fallback: '2',
    },
  ),
  healthWindow: setting(
    'health-window',
    integer(1, 100),
    'a whole number from 1 to 100',
    'Recent completed publish runs the supervisor judges health from',
    {
      fallback: '5',
    },
  ),
  reviewWindowHours: setting(
    'review-window-hours',
    positive(),
    'a positive number of hours',
    'Hours within which a review run must have succeeded before the supervisor dispatches publish',
    {
      fallback: '24',
    },
  ),
  deadLetterThreshold: setting(
    'dead-letter-threshold',
    integer(0),
    'a whole number ≥ 0',
    'Rows turned FAILED within 24 h above which dead-letter opens',
    {
      fallback: '3',
    },
  ),
  stallAfterHours: setting(
    'stall-after-hours',
    positive(),
    'a positive number of hours',
    'Hours without a completed publish run, while work waits, before schedule-stalled opens',
    {
      fallback: '3',
    },
  ),
  repeatIntervalHours: setting(
    'repeat-interval-hours',
    positive(),
    'a positive number of hours',
    'Hours between repeated notices (issue comment, notification) of an incident that stays open',
    {
      fallback: '6',
    },
  ),
  reopenWindowHours: setting(
    'reopen-window-hours',
    positive(),
    'a positive number of hours',
    'Hours after closing within which a recurring incident reopens its issue instead of filing a new one',
    {
      fallback: '24',
    },
  ),
  dryRun: setting('dry-run', boolean(), 'true or false', 'Decide and print what would change, changing nothing', {
    fallback: 'false',
  }),
  workflowFile: setting(
    'workflow-file',
    text(),
    'a workflow file name',
    'File name of the publish workflow: the supervisor judges its runs and dispatches it',
    {
      fallback: 'publish.yml',
    },
  ),
  workflowRef: setting(
    'workflow-ref',
    text(),
    'a branch or tag',
    'Branch or tag the supervisor dispatches the publish workflow on',
    { fallback: 'main' },
  ),

  // ── reconcile ──────────────────────────────────────────────────────────
  windowHours: setting(
    'window-hours',
    positive(),
    'a positive number of hours',
    'Hours of run log that reconcile computes its metrics over',
    { fallback: '24' },
  ),
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
  pauseFailureRate: setting(
    'pause-failure-rate',
    decimal(0, 1),
    'a number from 0 to 1',
    'Failure rate at or above which reconcile recommends pause_and_review',
    {
      fallback: '0.5',
    },
  ),
  reviewFailureRate: setting(
    'review-failure-rate',
    decimal(0, 1),
    'a number from 0 to 1',
    'Failure rate at or above which reconcile recommends review_only',
    {
      fallback: '0.2',
    },
  ),
  blockRateThreshold: setting(
    'block-rate-threshold',
    decimal(0, 1),
    'a number from 0 to 1',
    'Share of drafts blocked (gate or reviewer) at which reconcile says the content needs a human; publishing goes on',
    { fallback: '0.25' },
  ),
  dailyCostBudget: setting(
    'daily-cost-budget',
    decimal(0).optional(),
    'a number of US dollars ≥ 0',
    'LLM cost a day in US dollars; a day over it opens cost-budget and makes reconcile recommend pause_and_review (unset: no budget)',
  ),
  historyLimit: setting(
    'history-limit',
    integer(1, 10000),
    'a whole number from 1 to 10000',
    'Past decisions the decision log keeps',
    {
      fallback: '50',
    },
  ),
  decisionLogPath: setting('decision-log-path', text(), 'a repository path', 'Decision log file on the state branch', {
    fallback: 'decision_log.json',
  }),

  // ── incident ───────────────────────────────────────────────────────────
  incidentAction: setting(
    'action',
    oneOf(['open', 'update', 'resolve']).optional(),
    'open, update or resolve',
    'What to do with the incident: open it (or comment on the open one), update its body, or resolve and close it',
    {
      env: 'INCIDENT_ACTION',
    },
  ),
  incidentKey: setting(
    'key',
    optionalText(),
    'an incident key',
    'Stable id of the incident, e.g. pipeline-unstable: one open issue per key, found by a hidden marker',
    { env: 'INCIDENT_KEY' },
  ),
  incidentTitle: setting('title', optionalText(), 'a title', 'Issue title; needed to open or update', {
    env: 'INCIDENT_TITLE',
  }),
  incidentBody: setting(
    'body',
    optionalText(),
    'text',
    'Issue body: text, shown as written (markdown escaped, @mentions and #references made inert); secrets are redacted',
    {
      env: 'INCIDENT_BODY',
    },
  ),
  severity: setting(
    'severity',
    oneOf(['critical', 'high', 'medium', 'low']),
    'critical, high, medium or low',
    "Severity, shown as the issue's severity:<s> label",
    {
      env: 'INCIDENT_SEVERITY',
      fallback: 'medium',
    },
  ),
  labels: setting(
    'labels',
    list(),
    'labels separated by commas',
    'Labels added to the issue besides incident and severity:<s>',
    {
      env: 'INCIDENT_LABELS',
      fallback: '',
    },
  ),

  // ── GitHub ─────────────────────────────────────────────────────────────
  githubToken: setting('github-token', optionalText(), 'a GitHub token', 'GitHub token for the GitHub API calls', {
    env: 'GITHUB_TOKEN',
    ...secret,
  }),
  repository: setting(
    'repository',
    optionalText(),
    'owner/name',
    "The GitHub repository to work on, as owner/name (unset: the workflow's own, GITHUB_REPOSITORY)",
    { env: 'GITHUB_REPOSITORY' },
  ),
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
  sheetsId: setting(
    'sheets-id',
    optionalText(),
    'a spreadsheet id',
    'Google Sheet holding the queue and run log, from its URL …/d/<id>/edit; set, the Sheets backend is used',
  ),
  sheetsQueueTab: setting('sheets-queue-tab', text(), 'a tab name', "Name of the Sheet's tab holding the queue", {
    fallback: 'Queue',
  }),
  sheetsRunlogTab: setting(
    'sheets-runlog-tab',
    text(),
    'a tab name',
    "Name of the Sheet's tab the run log is appended to",
    { fallback: 'RunLog' },
  ),
  googleServiceAccountJson: setting(
    'google-service-account-json',
    optionalText(),
    'a key JSON',
    'Google service account key (JSON) whose e-mail has Editor access to the Sheet',
    {
      ...secret,
    },
  ),
  googleOauthAccessToken: setting(
    'google-oauth-access-token',
    optionalText(),
    'a token',
    'Google OAuth access token with the spreadsheets scope, instead of a service account key',
    {
      ...secret,
    },
  ),
  sheetsRequestsPerMinute: setting(
    'sheets-requests-per-minute',
    integer(1, 6000),
    'a whole number from 1 to 6000',
    'Sheets requests a run allows itself per minute (raise it with your quota)',
    { fallback: '60' },
  ),
  sheetsApiUrl: setting(
    'sheets-api-url',
    url().optional(),
    'an http(s) URL',
    'Sheets API root override (proxies, tests)',
  ),

  // ── Shopify ────────────────────────────────────────────────────────────
  shopifyStoreDomain: setting(
    'shopify-store-domain',
    shopHostname(),
    'a host name like my-store.myshopify.com (no https://, port or path)',
    'Shopify store to publish to; set, the Shopify publisher is used (unset: the local site publisher)',
  ),
  shopifyAdminToken: setting(
    'shopify-admin-token',
    optionalText(),
    'an Admin API token',
    "Legacy custom app's Admin API access token (read_content, write_content); apps made in the Dev Dashboard use shopify-client-id and shopify-client-secret instead",
    { ...secret },
  ),
  shopifyClientId: setting(
    'shopify-client-id',
    optionalText(),
    'a client id',
    "Dev Dashboard app's client id, exchanged with shopify-client-secret for an Admin API token at the start of each run (client credentials)",
  ),
  shopifyClientSecret: setting(
    'shopify-client-secret',
    optionalText(),
    'a client secret',
    "Dev Dashboard app's client secret, paired with shopify-client-id",
    { ...secret },
  ),
  shopifyApiVersion: setting(
    'shopify-api-version',
    apiVersion(),
    'a version like 2026-10',
    'Shopify Admin API version every request names (pinned, so an API change never surprises a run)',
    {
      fallback: '2026-10',
    },
  ),
  shopifyBlogHandle: setting(
    'shopify-blog-handle',
    text(),
    'a blog handle',
    'Handle of the Shopify blog the articles are written to',
    { fallback: 'news' },
  ),
  shopifyAuthor: setting('shopify-author', optionalText(), 'a name', 'Author name set on each article'),
  shopifyApiUrl: setting(
    'shopify-api-url',
    url().optional(),
    'an http(s) URL',
    'Admin GraphQL endpoint override (proxies, tests)',
  ),

  // ── LLM ────────────────────────────────────────────────────────────────
  llmBaseUrl: setting(
    'llm-base-url',
    url().optional(),
    'an http(s) URL',
    'Root URL of an OpenAI-compatible chat API; set, the LLM writes the articles (unset: rows need content_path)',
  ),
  llmApiKey: setting(
    'llm-api-key',
    optionalText(),
    'an API key',
    'API key sent to llm-base-url, when the server needs one',
    { ...secret },
  ),
  llmModel: setting('llm-model', optionalText(), 'a model name', 'Model name requested from the LLM API'),
  llmControlPrompt: setting(
    'llm-control-prompt',
    optionalText(),
    'text',
    "System prompt for the LLM; wins over the config file's",
  ),
  configFile: setting(
    'config-file',
    optionalText(),
    'a YAML or JSON file path',
    'YAML or JSON file with the model, temperature, system prompt, style guide, validation thresholds and prices per million tokens',
  ),

  // ── notifications ──────────────────────────────────────────────────────
  slackWebhookUrl: setting(
    'slack-webhook-url',
    url().optional(),
    'an http(s) URL',
    'Slack incoming webhook that receives the notifications',
    { ...secret },
  ),
  notifyWebhookUrl: setting(
    'notify-webhook-url',
    url().optional(),
    'an http(s) URL',
    'URL that receives each notification as JSON (run_id, task, status, outputs_uri, log_excerpt)',
    { ...secret },
  ),

  // ── observability ──────────────────────────────────────────────────────
  metricsFile: setting(
    'metrics-file',
    optionalText(),
    'a file path',
    "Prometheus text file the run's metrics are written to",
  ),
} as const;

/** A bare host name: the Admin API URL is built from it (SHOPIFY_API_URL overrides the whole endpoint). */
function shopHostname() {
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  return lowerText(253)
    .regex(new RegExp(`^${label}(?:\\.${label})+$`))
    .optional();
}

function apiVersion() {
  return text().regex(/^\d{4}-(01|04|07|10)$|^unstable$/);
}

export type SettingKey = keyof typeof SETTINGS;
type ValueOf<S> = S extends Setting<infer T> ? T : never;
export type Config = { [K in SettingKey]: ValueOf<(typeof SETTINGS)[K]> };

/** Keys as the outside world spells them (input / flag), for declarations and checks. */
export const SETTING_BY_KEY: ReadonlyMap<string, SettingKey> = new Map(
  (Object.keys(SETTINGS) as SettingKey[]).map((name) => [SETTINGS[name].key, name]),
);
