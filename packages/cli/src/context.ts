// What every command gets: the parsed config (flags > env > .env > defaults),
// a redacting logger on stderr, the state folder's paths, and output helpers
// (`--json` prints JSON only on stdout).
import { existsSync, statSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import {
  type Config,
  createLogger,
  createRedactor,
  type Logger,
  loadConfig,
  newTraceId,
  readDotenv,
  type StatePaths,
  secretValues,
  statePaths,
  UserError,
} from '@autopilot/core';
import { escapeForTerminal } from '@autopilot/core/util/terminal';
import type { ParsedArgs } from './args';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface CliContext {
  args: ParsedArgs;
  config: Config;
  paths: StatePaths;
  log: Logger;
  redact: (text: string) => string;
  json: boolean;
  env: NodeJS.ProcessEnv;
  traceId: string;
  runId: string;
  owner: string;
  now: () => Date;
  /**
   * Human-readable output (suppressed with --json), redacted, and with
   * control characters shown as escapes: ids and titles come from the queue,
   * and a terminal must never act on them. Newlines between lines stay.
   */
  say: (text: string) => void;
  /**
   * The machine-readable result (printed only with --json), its keys in
   * snake_case like the files (`pass_rate`, not `passRate`); `asIs` keeps the
   * keys of values that are the user's own (a queue row's column names).
   */
  result: (value: unknown, options?: { asIs?: boolean }) => void;
  io: CliIo;
  /** What the core's wiring functions take. */
  wiring: { paths: StatePaths; log: Logger; redact: (text: string) => string; env: NodeJS.ProcessEnv };
}

export function createCliContext(args: ParsedArgs, io: CliIo, env: NodeJS.ProcessEnv = process.env): CliContext {
  const config = loadConfig({ flags: args.settings, env, dotenv: readDotenv(resolve('.env')) });
  const redact = createRedactor({ secrets: secretValues(config), env });
  const traceId = newTraceId(env);
  // Text logs name the trace id once, before the first line a command logs; JSON lines carry it on each line.
  const log = createLogger({
    format: config.logFormat,
    traceId,
    write: (line) => io.stderr(line),
    redact,
    announceTrace: true,
  });
  const json = Boolean(args.flags.json);
  const paths = statePaths(config.state);
  refuseStateThatIsAFile(config.state, paths.root);
  return {
    args,
    config,
    paths,
    log,
    redact,
    json,
    env,
    traceId,
    runId: config.runId ?? env.GITHUB_RUN_ID ?? traceId,
    owner: config.owner ?? `${safeUser()}@${hostname()}`,
    now: () => new Date(),
    say: (text) => {
      if (!json) io.stdout(escapeForTerminal(redact(text), { keepNewlines: true }));
    },
    result: (value, options = {}) => {
      if (json) io.stdout(redact(JSON.stringify(options.asIs ? value : snakeCaseKeys(value), null, 2)));
    },
    io,
    wiring: { paths, log, redact, env },
  };
}

/** `passRate` → `pass_rate`; keys already in snake_case, UPPER_CASE codes and other spellings stay. */
export function snakeCaseKey(key: string): string {
  return /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(key) ? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : key;
}

/** The value with the keys of its objects (deeply) in snake_case: every `--json` output speaks one casing. */
export function snakeCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeCaseKeys);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[snakeCaseKey(key)] = snakeCaseKeys(inner);
  return out;
}

/**
 * Commands that read the state folder refuse one that does not exist, rather
 * than create it or answer "No rows." for a mistyped --state.
 */
export function requireStateFolder(ctx: Pick<CliContext, 'paths'>): void {
  if (existsSync(ctx.paths.root)) return;
  throw new UserError(
    `state folder ${ctx.paths.root} does not exist; create it with \`autopilot init\` (or \`autopilot start\`), or pass --state DIR`,
  );
}

/** `--state` naming a file (or a path through one) is the user's to fix, for every command: exit 2, not ENOTDIR later. */
function refuseStateThatIsAFile(given: string, root: string): void {
  // The nearest part of the path that exists must be a folder (a missing state folder is created later).
  for (let path = root; ; path = dirname(path)) {
    const found = statSync(path, { throwIfNoEntry: false });
    if (found) {
      if (found.isDirectory()) return;
      throw new UserError(`--state "${given}" is a file (or inside one), not a folder; give the state folder's path`);
    }
    if (dirname(path) === path) return;
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local';
  }
}
