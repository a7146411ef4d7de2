// Command-line parsing with node:util parseArgs. Every setting of the config
// catalogue is a flag of the same name; commands add a few of their own.
// Flags may stand before or after the command name.
import { parseArgs } from 'node:util';
import { SETTINGS, type Setting, UserError } from '@autopilot/core';

/** Flags that belong to commands rather than to the configuration. */
const COMMAND_FLAGS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  release: { type: 'boolean' },
  status: { type: 'string' },
  id: { type: 'string' },
  request: { type: 'string' },
  brief: { type: 'string' },
  keywords: { type: 'string' },
  priority: { type: 'string' },
  'publish-at': { type: 'string' },
  'content-path': { type: 'string' },
  content: { type: 'string' },
  approver: { type: 'string' },
  reason: { type: 'string' },
  out: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  by: { type: 'string' },
  decision: { type: 'string' },
} as const;

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
  const options = { ...settingSpecs, ...COMMAND_FLAGS };
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
  return { positionals: parsed.positionals, settings, flags: flags as ParsedArgs['flags'] };
}
