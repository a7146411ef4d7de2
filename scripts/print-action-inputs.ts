// The `inputs:` block of each action.yml, generated from the action's INPUTS
// list and OVERRIDES (actions/<name>/src/inputs.ts) and the setting
// catalogue's descriptions, so the metadata reads as documentation from one
// source: what the input does, the values allowed, its default (or that it is
// required), whether it is a secret, and its environment variable.
//   npx tsx scripts/print-action-inputs.ts executor   print one block
//   npx tsx scripts/print-action-inputs.ts --write    rewrite every action.yml's block
// (scripts/action-docs.ts then regenerates the READMEs' tables.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SETTINGS, type Setting } from '../packages/core/src/config';

export interface InputOverride {
  /** The action cannot run without it. */
  required?: true;
  /** What it does for this action, where that differs from the catalogue's words. */
  description?: string;
}

interface InputsModule {
  INPUTS: readonly string[];
  OVERRIDES?: Readonly<Record<string, InputOverride>>;
}

const ROOT = resolve(import.meta.dirname, '..');
const byKey = new Map((Object.values(SETTINGS) as Setting<unknown>[]).map((s) => [s.key, s]));
const sentence = (text: string) => text.trim().replace(/\.$/, '');

/** One input's description, as action.yml and the README show it. */
export function describeInput(s: Setting<unknown>, override: InputOverride = {}): string {
  const parts = [`${sentence(override.description ?? s.description)}.`, `Allowed: ${sentence(s.expected)}.`];
  if (override.required) parts.push('Required.');
  else parts.push(s.fallback ? `Default: ${s.fallback}.` : 'Default: none.');
  if (s.secret) parts.push('Secret: pass it from secrets.');
  parts.push(`Env: ${s.env}.`);
  return parts.join(' ');
}

export async function loadInputs(name: string): Promise<InputsModule> {
  return (await import(join(ROOT, 'actions', name, 'src', 'inputs.ts'))) as InputsModule;
}

/** The `inputs:` block of actions/<name>/action.yml. */
export async function renderInputs(name: string): Promise<string> {
  const { INPUTS, OVERRIDES = {} } = await loadInputs(name);
  for (const key of Object.keys(OVERRIDES)) {
    if (!INPUTS.includes(key)) throw new Error(`${name}: OVERRIDES names ${key}, which is not in INPUTS`);
  }
  const lines = ['inputs:'];
  for (const key of INPUTS) {
    const s = byKey.get(key);
    if (!s) throw new Error(`${name}: input ${key} is not a setting`);
    const override = OVERRIDES[key] ?? {};
    lines.push(
      `  ${key}:`,
      `    description: ${JSON.stringify(describeInput(s, override))}`,
      `    required: ${override.required === true}`,
    );
  }
  return lines.join('\n');
}

/** action.yml with its `inputs:` block (up to the next top-level key) replaced. */
export function replaceInputsBlock(actionYml: string, block: string, file: string): string {
  const lines = actionYml.split('\n');
  const start = lines.indexOf('inputs:');
  if (start < 0) throw new Error(`${file}: no top-level inputs: block`);
  let end = start + 1;
  while (end < lines.length && !/^\S/.test(lines[end] ?? '')) end++;
  return [...lines.slice(0, start), ...block.split('\n'), ...lines.slice(end)].join('\n');
}

export function actionNames(): string[] {
  return readdirSync(join(ROOT, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

if (import.meta.main) {
  const arg = process.argv[2];
  if (!arg) throw new Error('usage: print-action-inputs.ts <action> | --write');
  if (arg === '--write') {
    for (const name of actionNames()) {
      const file = join(ROOT, 'actions', name, 'action.yml');
      const current = readFileSync(file, 'utf8');
      const next = replaceInputsBlock(current, await renderInputs(name), file);
      if (next !== current) {
        writeFileSync(file, next);
        console.log(`updated ${file}`);
      }
    }
  } else {
    console.log(await renderInputs(arg));
  }
}
