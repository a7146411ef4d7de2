// Command-line parsing with node:util parseArgs. Every setting of the config
// catalogue is a flag of the same name; commands add a few of their own.
// Flags may stand before or after the command name.
import { parseArgs } from 'node:util';
import { parseQueueTime, SETTINGS, type Setting, UserError } from '@autopilot/core';

/**
 * Flags that belong to commands rather than to the configuration, with the
 * word shown for their value in help. Which command takes which is declared
 * with the commands (commands/index.ts), with what each means there.
 */
export const COMMAND_FLAGS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  release: { type: 'boolean' },
  status: { type: 'string', value: 'S' },
  id: { type: 'string', value: 'ID' },
  request: { type: 'string', value: '"TEXT"' },
  brief: { type: 'string', value: '"TEXT"' },
  keywords: { type: 'string', value: '"a; b"' },
  priority: { type: 'string', value: 'P0|P1|P2' },
  'publish-at': { type: 'string', value: 'TIME' },
  'content-path': { type: 'string', value: 'PATH' },
  content: { type: 'string', value: 'MARKDOWN' },
  approver: { type: 'string', value: 'NAME' },
  reason: { type: 'string', value: '"TEXT"' },
  out: { type: 'string', value: 'PATH' },
  since: { type: 'string', value: 'TIME' },
  until: { type: 'string', value: 'TIME' },
  by: { type: 'string', value: 'NAME' },
  decision: { type: 'string', value: 'D' },
} as const;

export type CommandFlag = keyof typeof COMMAND_FLAGS;

/** A flag no command takes (parseArgs' "Unknown option"); main names the command. */
export class UnknownFlagError extends UserError {
  constructor(readonly flag: string) {
    super(`unknown flag ${flag}`);
  }
}

type OptionSpec = { type: 'string' | 'boolean'; short?: string };

function settingOptions(): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = {};
  for (const s of Object.values(SETTINGS) as Setting<unknown>[]) {
    options[s.key] = { type: s.expected === 'true or false' ? 'boolean' : 'string' };
  }
  return options;
}

export interface ParsedArgs {
  positionals: string[];
  /** Setting flags as text, keyed like the inputs (`max-items`). */
  settings: Record<string, string>;
  flags: { [K in keyof typeof COMMAND_FLAGS]?: (typeof COMMAND_FLAGS)[K]['type'] extends 'boolean' ? boolean : string };
  /** Every flag given, by name without dashes (`--no-x` as `x`), settings and command flags alike. */
  given: string[];
}

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, on: true, off: false };

/**
 * parseArgs takes a boolean flag bare (`--dry-run`, `--no-dry-run`); people
 * also type the value the action input takes (`--dry-run false`,
 * `--dry-run=true`). Rewrites those into the bare forms, so `false` is never
 * read as "on" plus a stray positional.
 */
export function normalizeBooleanFlags(argv: readonly string[], booleans: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(arg);
    const name = match?.[1];
    if (!match || !name || !booleans.has(name)) {
      out.push(arg);
      continue;
    }
    const inline = match[2];
    const next = argv[i + 1];
    const word = inline ?? (next !== undefined && next.toLowerCase() in BOOLEAN_WORDS ? next : undefined);
    if (word === undefined) {
      out.push(arg);
      continue;
    }
    const value = BOOLEAN_WORDS[word.toLowerCase()];
    if (value === undefined) throw new UserError(`--${name} "${word}" is not valid; expected true or false`);
    out.push(value ? `--${name}` : `--no-${name}`);
    if (inline === undefined) i++;
  }
  return out;
}

export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const settingSpecs = settingOptions();
  // Settings named like a command flag (`title`, `key`…) are command inputs too; the command flag wins.
  const commandSpecs: Record<string, OptionSpec> = {};
  for (const [name, spec] of Object.entries(COMMAND_FLAGS)) {
    commandSpecs[name] = 'short' in spec ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  const options = { ...settingSpecs, ...commandSpecs };
  const booleans = new Set(
    Object.entries(options)
      .filter(([, spec]) => spec.type === 'boolean')
      .map(([name]) => name),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const args = normalizeBooleanFlags(argv, booleans);
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, allowNegative: true });
  } catch (error) {
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    if (unknown) throw new UnknownFlagError(unknown);
    throw new UserError(`${(error as Error).message}. Run \`autopilot --help\` for the commands and flags.`);
  }
  const settings: Record<string, string> = {};
  const flags: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (name in settingSpecs) settings[name] = text;
    if (name in COMMAND_FLAGS) flags[name] = value as string | boolean;
  }
  const given = Object.entries(parsed.values)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name);
  return { positionals: parsed.positionals, settings, flags: flags as ParsedArgs['flags'], given };
}

/** A --since/--until value as a time (a date or ISO 8601), or a UserError naming the flag. */
export function timeFlag(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = parseQueueTime(value);
  if (!date)
    throw new UserError(`--${name} "${value}" is not valid; expected a date or ISO 8601 time, e.g. 2026-11-01`);
  return date;
}
