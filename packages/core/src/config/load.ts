// Turns text from flags, action inputs, the environment and `.env` into a
// typed Config. Precedence: flag > input > environment > .env > default.
// Every bad value is reported at once, naming the setting, where it came
// from, the value (masked for secrets) and what is allowed.
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { UserError } from '../errors';
import type { Setting } from './setting';
import { type Config, SETTINGS, type SettingKey } from './settings';

export type TextMap = Readonly<Record<string, string | undefined>>;

export interface ConfigSources {
  /** CLI flags by kebab key (`max-items`). */
  flags?: TextMap;
  /** Action inputs by kebab key. */
  inputs?: TextMap;
  env?: TextMap;
  /** Parsed `.env` file, by environment name. */
  dotenv?: TextMap;
}

export interface ConfigProblem {
  setting: string;
  origin: string;
  value: string;
  expected: string;
}

function pick(s: Setting<unknown>, sources: ConfigSources): { raw: string | undefined; origin: string } {
  const candidates: Array<[string | undefined, string]> = [
    [sources.flags?.[s.key], `flag --${s.key}`],
    [sources.inputs?.[s.key], `input ${s.key}`],
    [sources.env?.[s.env], `environment ${s.env}`],
    [sources.dotenv?.[s.env], `.env ${s.env}`],
  ];
  for (const [raw, origin] of candidates) {
    if (raw !== undefined && raw.trim() !== '') return { raw, origin };
  }
  return { raw: s.fallback, origin: 'default' };
}

export function formatProblems(problems: ConfigProblem[]): string {
  const lines = problems.map(
    (p) =>
      `  - ${p.setting} (${p.origin}): ${p.value === '' ? 'missing' : `"${p.value}" is not valid`}; expected ${p.expected}`,
  );
  return `Invalid configuration:\n${lines.join('\n')}`;
}

/** Parse every setting; throws one UserError listing every bad value. */
export function loadConfig(sources: ConfigSources): Config {
  const out: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const name of Object.keys(SETTINGS) as SettingKey[]) {
    const s = SETTINGS[name] as Setting<unknown>;
    const { raw, origin } = pick(s, sources);
    const parsed = s.schema.safeParse(raw);
    if (parsed.success) {
      out[name] = parsed.data;
    } else {
      const shown = raw === undefined ? '' : s.secret ? '***' : raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
      problems.push({ setting: s.key, origin, value: shown, expected: s.expected });
    }
  }
  if (problems.length > 0) throw new UserError(formatProblems(problems));
  return out as Config;
}

/** Values of the secret settings that are set: to mask and to redact. */
export function secretValues(config: Config): string[] {
  return (Object.keys(SETTINGS) as SettingKey[])
    .filter((name) => SETTINGS[name].secret)
    .map((name) => config[name])
    .filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/** Read a `.env` file if there is one; a malformed file is a UserError naming it. */
export function readDotenv(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  try {
    return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new UserError(`Could not read ${path}: ${(error as Error).message}; expected KEY=value lines`);
  }
}
