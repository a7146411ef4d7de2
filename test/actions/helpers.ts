// Runs a bundled action (dist/<name>/index.js) the way the GitHub runner
// does: a separate node process, inputs as INPUT_* variables, outputs and the
// job summary written to files named by GITHUB_OUTPUT / GITHUB_STEP_SUMMARY.
// Also reads an action's metadata, for the checks that it tells the truth.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { processResult } from '../fixtures/process-output';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ACTIONS = ['executor', 'heartbeat-check', 'incident', 'reconcile', 'supervisor'] as const;
export type ActionName = (typeof ACTIONS)[number];

/** Nothing listens on port 9 (discard): an action that calls GitHub unasked fails fast instead of going online. */
export const NO_GITHUB = 'http://127.0.0.1:9';

export interface ActionYml {
  name?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

export async function readActionYml(name: string): Promise<ActionYml> {
  return parse(await readFile(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;
}

/** The runner's spelling of an input variable: spaces become `_`, upper case, hyphens kept (INPUT_MAX-ITEMS). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV file. @actions/core writes every value
 * as a heredoc (`name<<delimiter`, the value lines, `delimiter`); the older
 * `name=value` line form is read too. Hand-written: no package parses it.
 */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? '', i + 1);
      if (end < 0) throw new Error(`output ${name}: delimiter ${delimiter} never closed`);
      out[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`not an output line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The outputs as the runner would read them from GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as written. */
  outputFile: string;
  summary: string;
  cwd: string;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_API_URL, WF_ENABLED, secrets a step passes through env…). */
  env?: Record<string, string>;
  /** Working directory (the checkout); a fresh empty one when absent. */
  cwd?: string;
}

const scratchDirs: string[] = [];

/** A fresh scratch folder standing in for a job's workspace (removed by removeScratch). */
export async function scratch(prefix = 'autopilot-action-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** Removes every scratch folder this test file made: call it from afterAll. */
export async function removeScratch(): Promise<void> {
  const dirs = scratchDirs.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/**
 * Runs dist/<name>/index.js with a runner-like environment and nothing else
 * from the machine running the tests (no stray GITHUB_*, SHEETS_ID, tokens).
 */
export function runBundle(name: ActionName, options: RunOptions = {}): Promise<ActionRun> {
  return runAction([join(ROOT, 'dist', name, 'index.js')], options);
}

/** The same from the action's TypeScript entry point (through tsx), without a bundle. */
export function runActionSource(name: ActionName, options: RunOptions = {}): Promise<ActionRun> {
  return runAction(['--import', TSX, join(ROOT, 'actions', name, 'src/index.ts')], options);
}

/** `node <nodeArgs>` as the runner starts an action: inputs as INPUT_*, outputs and summary in files. */
async function runAction(nodeArgs: string[], options: RunOptions): Promise<ActionRun> {
  const cwd = options.cwd ?? (await scratch());
  const files = await scratch('autopilot-runner-');
  const outputPath = join(files, 'output.txt');
  const summaryPath = join(files, 'summary.md');
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    LANG: 'C.UTF-8',
    TMPDIR: tmpdir(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'acme/blog',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: NO_GITHUB,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: files,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...options.env,
  };
  for (const [input, value] of Object.entries(options.inputs ?? {})) env[inputVariable(input)] = value;

  const child = spawn(process.execPath, nodeArgs, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { code, stdout, stderr } = await processResult(child);
  const outputFile = await readFile(outputPath, 'utf8');
  const summary = await readFile(summaryPath, 'utf8');
  return { code, stdout, stderr, outputs: parseCommandFile(outputFile), outputFile, summary, cwd };
}

/** Fails with everything the process said when it did not exit with `expected`. */
export function expectExit(run: ActionRun, expected: number): ActionRun {
  if (run.code !== expected) {
    throw new Error(
      `exited ${run.code} (expected ${expected})\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}\n--- outputs\n${run.outputFile}`,
    );
  }
  return run;
}

/** Workflow commands of one kind from stdout (`::warning::…`, `::error title=…::…`). */
export function commands(stdout: string, kind: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind}::`) || line.startsWith(`::${kind} `))
    .map((line) => line.replace(/^::[^:]+::/, ''));
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** `autopilot init --state <dir>` from source: the example queue and content, as a new user gets them. */
export async function initExampleState(dir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', TSX, join(ROOT, 'packages/cli/src/bin.ts'), 'init', '--state', dir],
    {
      cwd: await scratch(),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const { code, stdout, stderr } = await processResult(child);
  if (code !== 0) throw new Error(`autopilot init exited ${code}:\n${stdout}${stderr}`);
}

/** A copy of a prepared state folder as `<new workspace>/.autopilot` (the actions' default state). */
export async function workspaceWithState(template: string): Promise<string> {
  const workspace = await scratch('autopilot-workspace-');
  await cp(template, join(workspace, '.autopilot'), { recursive: true });
  return workspace;
}
