// The frame every action's main.ts runs in: read only the declared inputs,
// load the one config schema, mask secrets, give a redacting logger, and
// turn errors into a failed step with a clear message (no stack trace for a
// user's mistake). Exit codes as the CLI's: 2 for bad configuration or
// usage (a UserError), 1 for an error the action could not handle.

import { type Config, loadConfig, secretValues } from '../config';
import { UserError } from '../errors';
import { newTraceId } from '../log/trace';
import type { Logger } from '../ports';
import { createRedactor, secretUrlParts } from '../util/redact';
import { createActionLogger } from './action-logger';
import * as core from './toolkit';

export { abortOnSignals, type SignalAbort, type SignalSource } from './signals';

export interface ActionContext {
  config: Config;
  log: Logger;
  redact: (text: string) => string;
  env: NodeJS.ProcessEnv;
  /** One id for everything this run logs, records and posts (`<run id>-<attempt>` in Actions). */
  traceId: string;
  /** Sets an output, redacted. */
  output: (name: string, value: string | number | boolean) => void;
}

export function readInputs(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, core.getInput(key)]));
}

export async function runAction(inputKeys: readonly string[], body: (ctx: ActionContext) => Promise<void>) {
  // Until the config exists, mask what the environment marks secret (MY_API_KEY,
  // INPUT_…-TOKEN): an invalid-configuration message may quote such a value.
  let redact = createRedactor({ env: process.env });
  try {
    const config = loadConfig({ inputs: readInputs(inputKeys), env: process.env });
    const secrets = secretValues(config);
    // A secret URL's parts too (a webhook's path and token query): a server quoting the request line shows only those.
    for (const s of secrets.flatMap((secret) => [secret, ...secretUrlParts(secret)])) core.setSecret(s);
    redact = createRedactor({ secrets, env: process.env });
    const traceId = newTraceId(process.env);
    const log = createActionLogger({ redact, format: config.logFormat, traceId });
    log.info(`trace_id ${traceId}`);
    const output = (name: string, value: string | number | boolean) => core.setOutput(name, redact(String(value)));
    await body({ config, log, redact, env: process.env, output, traceId });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof UserError) && error instanceof Error && error.stack) core.debug(redact(error.stack));
    core.setFailed(redact(message));
    // setFailed sets exit code 1; a configuration mistake is 2, like the CLI's.
    if (error instanceof UserError) process.exitCode = 2;
  }
}
