// Shared by the end-to-end tests: run the `autopilot` CLI from source as a
// real OS process, and read what it leaves in a state folder.
//
// Processes run with a minimal environment (no GITHUB_RUN_ID, SHEETS_ID… from
// the machine running the tests) and in a scratch working directory, so no
// developer `.env` or CI variable changes what they do.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { readSiteArticles } from '../../packages/core/src/adapters/local/site-publisher';
import { type ProcessResult, processResult } from '../fixtures/process-output';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/src/bin.ts');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

let scratch: Promise<string> | undefined;
/** One empty working directory for every CLI process of the test file. */
function scratchDir(): Promise<string> {
  scratch ??= mkdtemp(join(tmpdir(), 'autopilot-e2e-cwd-'));
  return scratch;
}

/** Removes the scratch working directory (call from afterAll). */
export async function removeScratchDir(): Promise<void> {
  if (scratch) await rm(await scratch, { recursive: true, force: true });
  scratch = undefined;
}

export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    TMPDIR: tmpdir(),
    LANG: 'C.UTF-8',
    ...extra,
  };
}

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the process ends: its exit code (null when killed) and output. */
  done: Promise<CliResult>;
}

export type CliResult = ProcessResult;

export async function spawnCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', TSX, BIN, ...args], {
    cwd: await scratchDir(),
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { child, done: processResult(child) };
}

export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return (await spawnCli(args, env)).done;
}

/** Runs the CLI and fails with its output when it does not exit with `expected`. */
export async function cliOk(args: readonly string[], env: Record<string, string> = {}, expected = 0) {
  const result = await runCli(args, env);
  if (result.code !== expected) {
    throw new Error(
      `autopilot ${args.join(' ')} exited ${result.code} (expected ${expected})\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result;
}

export type CsvRecord = Record<string, string>;

/** Parses CSV text strictly: every record must have as many cells as the header. */
export function parseCsv(text: string): { header: string[]; records: CsvRecord[] } {
  const rows = parse(text, { relax_column_count: false, skip_empty_lines: true }) as string[][];
  const [header = [], ...data] = rows;
  return { header, records: data.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))) };
}

export async function readQueue(stateDir: string) {
  return parseCsv(await readFile(join(stateDir, 'queue.csv'), 'utf8'));
}

export interface SiteRecord {
  id: string;
  item_id: string;
  handle: string;
  title: string;
  status: 'draft' | 'published';
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** The local site's records: articles.json with its journal (articles.jsonl) replayed, as the publisher reads them. */
export async function readArticles(stateDir: string): Promise<SiteRecord[]> {
  const articles = await readSiteArticles(stateDir);
  // The test reads only what a site that exists holds (as reading articles.json did).
  if (articles.length === 0 && !(await stat(join(stateDir, 'site')).catch(() => undefined))) {
    throw new Error(`${stateDir}: no local site yet`);
  }
  return articles;
}

/** The lines of a JSON-lines file, parsed. */
export async function readJsonLines<T = Record<string, unknown>>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at .+\(?.*:\d+:\d+\)?$/m;
