// Exactly-once on the local site: several OS processes publish the same item
// ids at once into one state folder (one of them SIGKILLed mid-way in the
// second test); each item id must end with exactly one article and the store
// must stay valid JSON.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKER = join(ROOT, 'test/fixtures/publisher-race-worker.ts');
const ITEMS = Array.from({ length: 10 }, (_, i) => `item-${i + 1}`);

interface Worker {
  child: ChildProcess;
  lines: string[];
  exit: Promise<number | null>;
}

function startWorker(stateDir: string, rounds: number, seed: number): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', WORKER, stateDir, ITEMS.join(','), String(rounds), String(seed)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = new Promise<number | null>((done) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(`worker ${seed} failed:\n${stderr}`);
      done(code);
    }),
  );
  return { child, lines, exit };
}

async function waitForLines(worker: Worker, count: number): Promise<void> {
  while (worker.lines.filter((l) => l.startsWith('ok ')).length < count && worker.child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function assertExactlyOnce(stateDir: string): Promise<void> {
  const text = await readFile(join(stateDir, 'site', 'articles.json'), 'utf8');
  const articles = JSON.parse(text) as Array<{ id: string; item_id: string; handle: string }>;
  expect(articles.map((a) => a.item_id).sort()).toEqual([...ITEMS].sort());
  expect(new Set(articles.map((a) => a.handle)).size).toBe(articles.length);
  expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  for (const a of articles)
    expect((await stat(join(stateDir, 'site', 'articles', `${a.handle}.html`))).isFile()).toBe(true);
  const index = await readFile(join(stateDir, 'site', 'index.html'), 'utf8');
  expect(index.match(/<tr><td>/g)).toHaveLength(ITEMS.length);
}

describe('local site publisher under racing processes', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'publisher-race-'));
  });
  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  it('gives each item id exactly one article when four processes publish the same items at once', async () => {
    const workers = [1, 2, 3, 4].map((seed) => startWorker(stateDir, 2, seed));
    expect(await Promise.all(workers.map((w) => w.exit))).toEqual([0, 0, 0, 0]);
    await assertExactlyOnce(stateDir);
  }, 60_000);

  it('stays exactly-once and valid when a racing process is SIGKILLed at a random point', async () => {
    const victim = startWorker(stateDir, 3, 7);
    const others = [8, 9].map((seed) => startWorker(stateDir, 2, seed));
    await waitForLines(victim, 1 + Math.floor(Math.random() * 12));
    victim.child.kill('SIGKILL');
    expect(await victim.exit).toBeNull();
    expect(await Promise.all(others.map((w) => w.exit))).toEqual([0, 0]);
    // A final pass after the crash (a stale lock, if the victim held one, is taken over).
    expect(await startWorker(stateDir, 1, 10).exit).toBe(0);
    await assertExactlyOnce(stateDir);
  }, 60_000);
});
