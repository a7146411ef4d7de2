// `autopilot --help` and `autopilot <command> --help`, generated from the
// command declarations and the settings catalogue (the same schema as the
// action inputs): each flag with what it means, its allowed values, its
// default and its environment variable.
import type { Setting } from '@autopilot/core';
import { COMMAND_FLAGS, type CommandFlag } from './args';
import {
  COMMANDS,
  COMMON_FLAGS,
  COMMON_SETTINGS,
  type CommandSpec,
  type FlagSet,
  type Subcommand,
  specOf,
} from './commands';
import { settingByKey } from './setting-groups';

/** Every flag a command (or its subcommand) takes, by name. */
export function acceptedFlags(spec: CommandSpec, sub?: string): Set<string> {
  const sets: FlagSet[] = [{ flags: COMMON_FLAGS, settings: COMMON_SETTINGS }, spec];
  const subs = spec.subcommands ?? {};
  if (sub !== undefined && subs[sub]) sets.push(subs[sub]);
  else sets.push(...Object.values(subs));
  const names = new Set<string>(['version']);
  for (const set of sets) {
    for (const name of Object.keys(set.flags ?? {})) names.add(name);
    for (const key of set.settings ?? []) names.add(key);
  }
  return names;
}

function flagLine(name: CommandFlag, meaning: string): string {
  const spec = COMMAND_FLAGS[name];
  const value = 'value' in spec ? ` ${spec.value}` : '';
  return row(`--${name}${value}`, meaning);
}

/** `review|publish` for a choice among words, VALUE otherwise; nothing for a boolean. */
function valueWord(expected: string): string {
  if (expected === 'true or false') return '';
  const choice = /^([a-z0-9_-]+)((?:, [a-z0-9_-]+)*) or ([a-z0-9_-]+)$/.exec(expected);
  if (!choice) return ' VALUE';
  const words = [choice[1], ...(choice[2] ?? '').split(', ').filter(Boolean), choice[3]];
  return ` ${words.join('|')}`;
}

function settingLine(setting: Setting<unknown>, meaning?: string): string {
  const value = valueWord(setting.expected);
  const facts = [
    setting.expected,
    setting.fallback !== undefined && setting.fallback !== '' ? `default ${setting.fallback}` : undefined,
    `env ${setting.env}`,
    setting.secret ? 'secret' : undefined,
  ].filter(Boolean);
  return row(`--${setting.key}${value}`, `${meaning ?? setting.description} (${facts.join('; ')})`);
}

function row(flag: string, text: string): string {
  return flag.length < 30 ? `  ${flag.padEnd(30)} ${text}` : `  ${flag}\n  ${''.padEnd(30)} ${text}`;
}

function flagLines(flags: FlagSet['flags'], indent = ''): string[] {
  return Object.entries(flags ?? {}).map(
    ([name, meaning]) => indent + flagLine(name as CommandFlag, meaning as string),
  );
}

/** A subcommand's own settings, with what they mean there (`--title` of `queue add` is the row's title). */
function subSettingLines(sub: Subcommand, indent: string): string[] {
  return (sub.settings ?? []).flatMap((key) => {
    const setting = settingByKey(key);
    return setting ? [indent + settingLine(setting, sub.meaning?.[key])] : [];
  });
}

export function commandHelp(name: string, command: CommandSpec): string {
  const lines = [`autopilot ${name} — ${command.summary}`, '', 'Usage:'];
  const subs = Object.entries(command.subcommands ?? {});
  if (subs.length > 0) {
    for (const [, sub] of subs) {
      lines.push(
        `  autopilot ${sub.usage}`,
        `      ${sub.summary}`,
        ...flagLines(sub.flags, '    '),
        ...subSettingLines(sub, '    '),
      );
    }
  } else {
    lines.push(...command.usage.map((u) => `  autopilot ${u}`));
  }
  const own = flagLines(command.flags);
  if (own.length > 0) lines.push('', 'Flags:', ...own);
  const settings = (command.settings ?? [])
    .filter((key) => !COMMON_SETTINGS.includes(key))
    .map(settingByKey)
    .filter((s): s is Setting<unknown> => s !== undefined);
  if (settings.length > 0) {
    lines.push(
      '',
      'Settings (a flag, or the environment variable, or a line in .env):',
      ...settings.map((s) => settingLine(s)),
    );
  }
  lines.push(
    '',
    'Common flags:',
    ...flagLines(COMMON_FLAGS),
    ...COMMON_SETTINGS.map(settingByKey)
      .filter((s): s is Setting<unknown> => s !== undefined)
      .map((s) => settingLine(s)),
  );
  return lines.join('\n');
}

export function mainHelp(): string {
  const lines = [
    'autopilot — Shopify Blog Autopilot on the command line',
    '',
    'Usage: autopilot <command> [flags]        (flags may come before or after the command)',
    '       autopilot <command> --help         that command’s flags, their defaults and allowed values',
    '       autopilot --version',
    '',
  ];
  for (const [name, command] of Object.entries(COMMANDS)) {
    const spec = specOf(command);
    const usage = spec.usage.length > 0 ? spec.usage : [name];
    for (const [i, u] of usage.entries()) lines.push(i === 0 ? row(u, spec.summary) : `  ${u}`);
  }
  lines.push(
    '',
    'Common flags: --state DIR (default .autopilot), --json (JSON only on stdout), --log-format text|json.',
    'Exit codes: 0 done, 1 the run met errors it could not handle, 2 bad usage or configuration,',
    '130/143 an executor run cancelled by SIGINT/SIGTERM.',
  );
  return lines.join('\n');
}
