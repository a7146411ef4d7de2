// Chooses the data-plane adapters by what is configured (issue 4):
// SHEETS_ID → the Sheets queue and run log, else the local CSV files;
// SHOPIFY_STORE_DOMAIN → Shopify, else the local site; LLM_BASE_URL → the
// generator, else none. Missing or malformed credentials fail here, at
// start, before any row is claimed.

import {
  type ControlConfig,
  controlPricing,
  loadControlConfig,
  OpenAiCompatibleGenerator,
  resolveControlPrompt,
} from '../adapters/llm';
import { CsvQueueStore } from '../adapters/local/queue-csv-store';
import { CsvRunLog } from '../adapters/local/run-log-csv';
import { SitePublisher } from '../adapters/local/site-publisher';
import { createSheetsAuth, SheetsQueueStore, SheetsRunLog, SheetsValuesClient } from '../adapters/sheets';
import { ShopifyPublisher } from '../adapters/shopify';
import type { Config } from '../config';
import { UserError } from '../errors';
import type { Generator, Logger, Publisher, QueueStore, RunLog } from '../ports';
import type { StatePaths } from './paths';

export interface WiringContext {
  paths: StatePaths;
  log: Logger;
  redact: (text: string) => string;
  env: NodeJS.ProcessEnv;
}

export interface DataPlane {
  queue: QueueStore;
  runLog: RunLog;
  publisher: Publisher;
  generator?: Generator;
  control?: ControlConfig;
  describe: { queue: string; publisher: string; generator: string };
  /** Requests made so far, per service, for summaries and metrics. */
  stats: () => Record<string, { requests: number; retries: number; throttleWaits?: number; throttleWaitMs?: number }>;
}

function sheetsBackends(config: Config, ctx: WiringContext) {
  if (!config.sheetsId) return undefined;
  // createSheetsAuth picks among them (key JSON, then token, then ADC) and,
  // called now, names GOOGLE_SERVICE_ACCOUNT_JSON when it is malformed.
  const auth = {
    serviceAccountJson: config.googleServiceAccountJson,
    accessToken: config.googleOauthAccessToken,
    useAdc: true,
  };
  createSheetsAuth(auth);
  const options = {
    spreadsheetId: config.sheetsId,
    queueTab: config.sheetsQueueTab,
    runLogTab: config.sheetsRunlogTab,
    auth,
    apiUrl: config.sheetsApiUrl,
    requestBudgetPerMinute: config.sheetsRequestsPerMinute,
    logger: ctx.log,
  };
  const client = new SheetsValuesClient(options);
  return { queue: new SheetsQueueStore(options, client), runLog: new SheetsRunLog(options, client), client };
}

function shopifyPublisher(config: Config, ctx: WiringContext): ShopifyPublisher | undefined {
  if (!config.shopifyStoreDomain) return undefined;
  if (!config.shopifyAdminToken && !(config.shopifyClientId && config.shopifyClientSecret)) {
    throw new UserError(
      'SHOPIFY_STORE_DOMAIN is set but no credentials: set SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET',
    );
  }
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
  });
}

function generator(config: Config, ctx: WiringContext, control?: ControlConfig): OpenAiCompatibleGenerator | undefined {
  if (!config.llmBaseUrl) return undefined;
  const model = config.llmModel ?? control?.model;
  if (!model) throw new UserError('LLM_BASE_URL is set but no model: set LLM_MODEL (or `model:` in CONFIG_FILE)');
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
  });
}

export function buildDataPlane(config: Config, ctx: WiringContext): DataPlane {
  const control = config.configFile ? loadControlConfig(config.configFile) : undefined;
  const sheets = sheetsBackends(config, ctx);
  const shopify = shopifyPublisher(config, ctx);
  const llm = generator(config, ctx, control);
  return {
    queue: sheets?.queue ?? new CsvQueueStore({ stateDir: ctx.paths.root, logger: ctx.log }),
    runLog: sheets?.runLog ?? new CsvRunLog({ stateDir: ctx.paths.root, logger: ctx.log }),
    publisher: shopify ?? new SitePublisher({ stateDir: ctx.paths.root }),
    generator: llm,
    control,
    describe: {
      queue: sheets ? `Google Sheets ${config.sheetsQueueTab}/${config.sheetsRunlogTab}` : `${ctx.paths.queue}`,
      publisher: shopify
        ? `Shopify ${config.shopifyStoreDomain} blog "${config.shopifyBlogHandle}"`
        : ctx.paths.siteIndex,
      generator: llm ? `${config.llmModel ?? control?.model} at ${config.llmBaseUrl}` : 'none (ready content only)',
    },
    stats: () => ({
      ...(sheets ? { sheets: { ...sheets.client.stats(), ...sheets.client.throttleStats() } } : {}),
      ...(shopify ? { shopify: shopify.stats() } : {}),
    }),
  };
}
