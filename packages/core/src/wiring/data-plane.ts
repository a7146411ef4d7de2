// Chooses the data-plane adapters by what is configured (issue 4):
// QUEUE_BACKEND (local | sheets | repo) → that queue and run log; unset:
// SHEETS_ID → the Sheets queue and run log, else queue.csv and run_log.csv on
// the state branch inside a GitHub Action (a fresh checkout has no local
// state) and the local CSV files in the CLI;
// SHOPIFY_STORE_DOMAIN → Shopify, else the local site; LLM_BASE_URL → the
// generator, else none. Missing or malformed credentials fail here, at
// start, before any row is claimed.

// Each backend's adapter is loaded (dynamic import) only when it is
// configured: googleapis and google-auth-library, the Shopify client, the LLM
// client, the YAML control file, the CSV parser and the local site stay out
// of the start-up of every run that does not use them (issue 12).
import type { RepoRequestStats } from '../adapters/github/repo-file';
import type { ControlConfig } from '../adapters/llm/control-config';
import type { OpenAiCompatibleGenerator } from '../adapters/llm/openai-generator';
import type { ShopifyPublisher } from '../adapters/shopify/publisher';
import type { Config } from '../config';
import { UserError } from '../errors';
import type { Catalog, Generator, Logger, Publisher, QueueStore, RunLog } from '../ports';
import { gitHubOptions } from './github-options';
import type { StatePaths } from './paths';
import { redactingQueueStore } from './redacting-queue';

export interface WiringContext {
  paths: StatePaths;
  log: Logger;
  redact: (text: string) => string;
  env: NodeJS.ProcessEnv;
  /** Which host builds it: an action ('actions') or the CLI ('local', the default). Picks the default queue backend. */
  controlPlane?: 'local' | 'actions';
}

export type QueueBackend = 'local' | 'sheets' | 'repo';

/** The queue backend: `queue-backend` when set; else sheets with a sheets-id; else repo in an action, local in the CLI. */
export function queueBackendOf(config: Config, controlPlane: 'local' | 'actions' = 'local'): QueueBackend {
  if (config.queueBackend) return config.queueBackend;
  if (config.sheetsId) return 'sheets';
  return controlPlane === 'actions' ? 'repo' : 'local';
}

export interface DataPlane {
  queue: QueueStore;
  runLog: RunLog;
  publisher: Publisher;
  generator?: Generator;
  /** The shop's catalog: Shopify's (through the publisher's client) or the state folder's catalog.json. */
  catalog?: Catalog;
  control?: ControlConfig;
  describe: { queue: string; publisher: string; generator: string };
  queueBackend: QueueBackend;
  /** Requests made so far, per service, for summaries and metrics. */
  stats: () => Record<string, { requests: number; retries: number; throttleWaits?: number; throttleWaitMs?: number }>;
}

async function sheetsBackends(config: Config, ctx: WiringContext) {
  if (!config.sheetsId)
    throw new UserError(
      'queue-backend is sheets but sheets-id (SHEETS_ID) is not set: set it, or choose queue-backend local or repo',
    );
  // createSheetsAuth picks among them (key JSON, then token, then ADC) and,
  // called now, names GOOGLE_SERVICE_ACCOUNT_JSON when it is malformed.
  const auth = {
    serviceAccountJson: config.googleServiceAccountJson,
    accessToken: config.googleOauthAccessToken,
    useAdc: true,
  };
  const { createSheetsAuth, SheetsQueueStore, SheetsRunLog, SheetsValuesClient } = await import('../adapters/sheets');
  createSheetsAuth(auth);
  const options = {
    spreadsheetId: config.sheetsId,
    queueTab: config.sheetsQueueTab,
    runLogTab: config.sheetsRunlogTab,
    auth,
    apiUrl: config.sheetsApiUrl,
    requestBudgetPerMinute: config.sheetsRequestsPerMinute,
    requestTimeoutMs: config.requestTimeout * 1000,
    logger: ctx.log,
  };
  const client = new SheetsValuesClient(options);
  return { queue: new SheetsQueueStore(options, client), runLog: new SheetsRunLog(options, client), client };
}

/** queue.csv and run_log.csv on the state branch, through the contents API (one request counter for both). */
async function repoBackends(config: Config, ctx: WiringContext) {
  let github: ReturnType<typeof gitHubOptions>;
  try {
    github = gitHubOptions(config, ctx);
  } catch (error) {
    throw new UserError(
      `queue-backend is repo (queue.csv on the branch ${config.stateBranch}): ${(error as Error).message}; the token needs Contents: write`,
    );
  }
  if (config.stateBranch === config.workflowRef) {
    throw new UserError(
      `state-branch is ${config.stateBranch}, the branch the workflows run from (workflow-ref): the state must live on a branch of its own (default autopilot-state), never the default branch`,
    );
  }
  const [{ newRepoRequestStats }, { GitHubRepoQueueStore }, { GitHubRepoRunLog }] = await Promise.all([
    import('../adapters/github/repo-file'),
    import('../adapters/github/repo-queue'),
    import('../adapters/github/repo-run-log'),
  ]);
  const stats: RepoRequestStats = newRepoRequestStats();
  const options = { ...github, branch: config.stateBranch, logger: ctx.log, file: { stats } };
  return { queue: new GitHubRepoQueueStore(options), runLog: new GitHubRepoRunLog(options), stats };
}

/** queue.csv and run_log.csv in the state folder: the embedded default. */
async function localBackends(ctx: WiringContext) {
  const [{ CsvQueueStore }, { CsvRunLog }] = await Promise.all([
    import('../adapters/local/queue-csv-store'),
    import('../adapters/local/run-log-csv'),
  ]);
  return {
    queue: new CsvQueueStore({ stateDir: ctx.paths.root, logger: ctx.log }),
    runLog: new CsvRunLog({ stateDir: ctx.paths.root, logger: ctx.log }),
  };
}

async function shopifyPublisher(config: Config, ctx: WiringContext): Promise<ShopifyPublisher | undefined> {
  if (!config.shopifyStoreDomain) return undefined;
  if (!config.shopifyAdminToken && !(config.shopifyClientId && config.shopifyClientSecret)) {
    throw new UserError(
      'SHOPIFY_STORE_DOMAIN is set but no credentials: set SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET',
    );
  }
  const { ShopifyPublisher } = await import('../adapters/shopify/publisher');
  return new ShopifyPublisher({
    storeDomain: config.shopifyStoreDomain,
    apiVersion: config.shopifyApiVersion,
    accessToken: config.shopifyAdminToken,
    clientId: config.shopifyClientId,
    clientSecret: config.shopifyClientSecret,
    blogHandle: config.shopifyBlogHandle,
    author: config.shopifyAuthor,
    apiUrl: config.shopifyApiUrl,
    log: ctx.log,
    redact: ctx.redact,
    requestTimeoutMs: config.requestTimeout * 1000,
  });
}

async function generator(
  config: Config,
  ctx: WiringContext,
  control?: ControlConfig,
): Promise<OpenAiCompatibleGenerator | undefined> {
  if (!config.llmBaseUrl) return undefined;
  const model = config.llmModel ?? control?.model;
  if (!model) throw new UserError('LLM_BASE_URL is set but no model: set LLM_MODEL (or `model:` in CONFIG_FILE)');
  const [{ OpenAiCompatibleGenerator }, { controlPricing, resolveControlPrompt }] = await Promise.all([
    import('../adapters/llm/openai-generator'),
    import('../adapters/llm/control-config'),
  ]);
  return new OpenAiCompatibleGenerator({
    baseUrl: config.llmBaseUrl,
    apiKey: config.llmApiKey,
    model,
    temperature: control?.temperature,
    systemPrompt: resolveControlPrompt({ envPrompt: config.llmControlPrompt, config: control }),
    styleGuide: control?.style_guide,
    pricing: controlPricing(control),
    redact: ctx.redact,
    log: ctx.log,
    // A model writing an article answers slower than a REST call: never less than a minute.
    timeoutMs: Math.max(60_000, config.requestTimeout * 1000),
  });
}

/** The queue and the run log alone: what the supervisor and reconcile read. */
export type QueuePlane = Pick<DataPlane, 'queue' | 'runLog' | 'queueBackend'> & {
  describe: { queue: string };
  stats: DataPlane['stats'];
};

/**
 * The queue and run log, without the publisher, generator or catalog: the
 * supervisor and reconcile never publish, and building those would load
 * their adapters (and read catalog.json) at every start (issue 12).
 */
export async function buildQueuePlane(config: Config, ctx: WiringContext): Promise<QueuePlane> {
  const backend = queueBackendOf(config, ctx.controlPlane);
  const sheets = backend === 'sheets' ? await sheetsBackends(config, ctx) : undefined;
  const repo = backend === 'repo' ? await repoBackends(config, ctx) : undefined;
  const store: { queue: QueueStore; runLog: RunLog } = sheets ?? repo ?? (await localBackends(ctx));
  return {
    // What we write into the queue (error messages quoting a server) is redacted, on every backend.
    queue: redactingQueueStore(store.queue, ctx.redact),
    runLog: store.runLog,
    queueBackend: backend,
    describe: {
      queue: sheets
        ? `Google Sheets ${config.sheetsQueueTab}/${config.sheetsRunlogTab}`
        : repo
          ? `${repo.queue.where} (and run_log.csv)`
          : `${ctx.paths.queue}`,
    },
    stats: () => ({
      ...(repo
        ? { github: { requests: repo.stats.requests, retries: repo.stats.conflicts + repo.stats.uncertain } }
        : {}),
      ...(sheets ? { sheets: { ...sheets.client.stats(), ...sheets.client.throttleStats() } } : {}),
    }),
  };
}

export async function buildDataPlane(config: Config, ctx: WiringContext): Promise<DataPlane> {
  const control = config.configFile
    ? (await import('../adapters/llm/control-config')).loadControlConfig(config.configFile)
    : undefined;
  const queuePlane = await buildQueuePlane(config, ctx);
  const shopify = await shopifyPublisher(config, ctx);
  const llm = await generator(config, ctx, control);
  return {
    ...queuePlane,
    publisher:
      shopify ?? new (await import('../adapters/local/site-publisher')).SitePublisher({ stateDir: ctx.paths.root }),
    generator: llm,
    catalog: shopify
      ? shopify.catalog()
      : await (await import('../adapters/local/catalog-json')).JsonCatalog.open(ctx.paths.root),
    control,
    describe: {
      ...queuePlane.describe,
      publisher: shopify
        ? `Shopify ${config.shopifyStoreDomain} blog "${config.shopifyBlogHandle}"`
        : ctx.paths.siteIndex,
      generator: llm ? `${config.llmModel ?? control?.model} at ${config.llmBaseUrl}` : 'none (ready content only)',
    },
    stats: () => ({
      ...queuePlane.stats(),
      ...(shopify ? { shopify: shopify.stats() } : {}),
    }),
  };
}
