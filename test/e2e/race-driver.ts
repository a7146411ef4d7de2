// The crash/race scenario of issue 2, shared by the local and the
// Sheets + Shopify runs: rounds of two executors in publish mode on one
// state folder, one of them SIGKILLed; then, once every lease has run out,
// final passes until nothing is eligible.
//
// Round 1 kills on purpose, so the scenario never passes without a kill:
// the victim dies while it holds a claimed row — and, where the test can
// hold the queue's lock (local files), in the window that matters: after the
// row's article was written, before the row was (the victim waits for the
// lock to write it). Later rounds kill at a random 50–800 ms after the run
// started. Then what must hold whatever the timing (DESIGN §8):
// at most one article per item id, no row lost or changed beyond its
// bookkeeping, every row in a named state with a reason, and PUBLISHED rows
// equal to published articles.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ITEM_STATUSES } from '../../packages/core/src/model';
import { type CliResult, type CliRun, type CsvRecord, runCli, STACK_LINE, spawnCli } from './helpers';

/** What the backends hold at one moment, whatever they are. */
export interface RaceSnapshot {
  header: string[];
  rows: CsvRecord[];
  articles: Array<{ id: string; item_id: string; published: boolean }>;
  runLog: CsvRecord[];
}

export interface RaceSetup {
  state: string;
  /** Environment of every CLI process (backends). */
  env: Record<string, string>;
  rounds: number;
  /** max-items of each racing executor per round. */
  maxItems: number;
  /** max-items of each final pass. */
  finalMaxItems: number;
  snapshot: () => Promise<RaceSnapshot>;
  /** Runs `critical` while holding the queue's write lock (stores that have one). */
  holdQueueLock?: <T>(critical: () => Promise<T>) => Promise<T>;
}

export interface RaceReport {
  rounds: string[];
  /** Run ids of the victims that were killed (not those that finished first). */
  killedRuns: string[];
  finalPasses: number;
  /** Kills that left a row IN_PROGRESS with its article already written: the crash window that matters. */
  killedAfterPublish: number;
}

interface Kill {
  killed: boolean;
  how: string;
  /** Rows the victim held with their article written, seen at the kill (undefined: count after the round). */
  afterPublish?: number;
}

/** The lease of every racing run: short, so a killed run's rows come back within a round. */
export const LEASE_SECONDS = 2;

/**
 * The command line of one racing executor on the local queue: publish mode,
 * two at a time, no backoff, its own run id and owner. Races differ only in
 * how long a run may take and how many attempts a row gets.
 */
export function raceExecutorArgs(run: {
  state: string;
  runId: string;
  owner: string;
  maxItems: number;
  timeBudget: number;
  maxAttempts: number;
}): string[] {
  return [
    'executor',
    '--mode',
    'publish',
    // A full autopilot (require-approval is on by default): the race is about
    // going live exactly once, so PENDING rows must be published, not drafted.
    '--require-approval',
    'false',
    '--lease',
    String(LEASE_SECONDS),
    '--concurrency',
    '2',
    '--max-items',
    String(run.maxItems),
    '--time-budget',
    String(run.timeBudget),
    '--max-attempts',
    String(run.maxAttempts),
    '--backoff',
    '0',
    '--backoff-jitter',
    '0',
    '--run-id',
    run.runId,
    '--owner',
    run.owner,
    '--state',
    run.state,
  ];
}

function executorArgs(setup: RaceSetup, runId: string, maxItems: number, owner: string): string[] {
  return raceExecutorArgs({
    state: setup.state,
    runId,
    owner,
    maxItems,
    timeBudget: 30,
    // Room for kills: every claim counts an attempt, and retries come back at once.
    maxAttempts: 20,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Until the run's first line is in runs.jsonl (it is written before any claim), or the process ended. */
async function waitForRunStart(state: string, runId: string, exited: () => boolean): Promise<void> {
  const path = join(state, 'runs.jsonl');
  while (!exited()) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.includes(`"run_id":"${runId}"`)) return;
    await sleep(10);
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(5);
  }
  return false;
}

/** Ids of the rows the victim holds IN_PROGRESS right now. */
async function heldBy(setup: RaceSetup, runId: string): Promise<string[]> {
  const rows = (await setup.snapshot()).rows;
  return rows.filter((r) => r.status === 'IN_PROGRESS' && r.run_id === runId).map((r) => r.id ?? '');
}

/** Round 1's kill: while the victim holds a claimed row; with the queue lock, once that row's article exists. */
async function targetedKill(setup: RaceSetup, victimId: string, victim: CliRun, exited: () => boolean): Promise<Kill> {
  const deadline = Date.now() + 20_000;
  while (!exited() && Date.now() < deadline) {
    if ((await heldBy(setup, victimId)).length > 0) {
      if (!setup.holdQueueLock) {
        return { killed: !exited() && victim.child.kill('SIGKILL'), how: 'killed while it held a claimed row' };
      }
      const kill = await setup.holdQueueLock(async (): Promise<Kill | undefined> => {
        // Nobody writes the queue now: what the victim holds stays held until it dies or we let go.
        const held = await heldBy(setup, victimId);
        if (held.length === 0) return undefined;
        const published = async () => (await setup.snapshot()).articles.filter((a) => held.includes(a.item_id)).length;
        await until(async () => exited() || (await published()) > 0, 10_000);
        const afterPublish = await published();
        const killed = !exited() && victim.child.kill('SIGKILL');
        // Dead before the lock goes: it must not write the row after we let go.
        await victim.done.catch(() => undefined);
        return { killed, afterPublish, how: 'killed holding a row whose article was written, waiting for the lock' };
      });
      if (kill) return kill;
    }
    await sleep(5);
  }
  return { killed: false, how: 'finished before it was seen holding a row' };
}

async function randomKill(victim: CliRun, exited: () => boolean): Promise<Kill> {
  const delay = 50 + Math.floor(Math.random() * 750);
  await sleep(delay);
  const killed = !exited() && victim.child.kill('SIGKILL');
  return { killed, how: killed ? `killed ${delay} ms after its run started` : 'finished first' };
}

function expectCleanExit(result: CliResult, who: string): void {
  // 0, or 1 when the run met an error it handled (a retry): never bad usage, never a crash.
  expect([0, 1], `${who} exited ${result.code}\n${result.stdout}\n${result.stderr}`).toContain(result.code);
  expect(result.stderr, who).not.toMatch(STACK_LINE);
  expect(result.stderr, who).not.toContain('unexpected error');
}

export async function raceWithKills(setup: RaceSetup): Promise<RaceReport> {
  const report: RaceReport = { rounds: [], killedRuns: [], finalPasses: 0, killedAfterPublish: 0 };
  for (let round = 1; round <= setup.rounds; round++) {
    // Odd rounds: two hosts (distinct owners). Even rounds: two processes of one user on one host (same owner).
    const owners = round % 2 === 1 ? ['host-a', 'host-b'] : ['same-host', 'same-host'];
    const roundStarted = Date.now();
    const survivor = await spawnCli(
      executorArgs(setup, `r${round}-survivor`, setup.maxItems, owners[0] as string),
      setup.env,
    );
    const victimId = `r${round}-victim`;
    const victim = await spawnCli(executorArgs(setup, victimId, setup.maxItems, owners[1] as string), setup.env);
    let victimExited = false;
    const victimDone = victim.done.finally(() => {
      victimExited = true;
    });
    await waitForRunStart(setup.state, victimId, () => victimExited);
    const kill =
      round === 1
        ? await targetedKill(setup, victimId, victim, () => victimExited)
        : await randomKill(victim, () => victimExited);
    const killed = kill.killed;
    if (killed) report.killedRuns.push(victimId);
    const [survived, died] = await Promise.all([survivor.done, victimDone]);
    expectCleanExit(survived, `round ${round} survivor`);
    if (!killed) expectCleanExit(died, `round ${round} victim (finished before the kill)`);

    const snap = await setup.snapshot();
    const withArticle = new Set(snap.articles.map((a) => a.item_id));
    const stuck = snap.rows.filter((r) => r.status === 'IN_PROGRESS');
    // Seen at the kill when it was targeted (the survivor may redo the row before the round ends).
    const afterPublish = killed ? (kill.afterPublish ?? stuck.filter((r) => withArticle.has(r.id ?? '')).length) : 0;
    report.killedAfterPublish += afterPublish;
    report.rounds.push(
      `round ${round}: victim ${kill.how}, ` +
        `${stuck.length} row(s) left IN_PROGRESS (${afterPublish} already published at the kill), ` +
        `${snap.rows.filter((r) => r.status === 'PUBLISHED').length} PUBLISHED, ${Date.now() - roundStarted} ms`,
    );
    // The invariants hold after every round, not just at the end.
    expectAtMostOneArticlePerItem(snap);
  }

  // Leases of the killed runs must run out before anyone may take their rows.
  const leases = (await setup.snapshot()).rows
    .filter((r) => r.status === 'IN_PROGRESS')
    .map((r) => Date.parse(r.lease_until ?? ''));
  const wait = Math.max(0, ...leases.map((t) => t - Date.now()));
  await sleep(wait + 100);

  for (let pass = 1; pass <= 10; pass++) {
    const run = await runCli(
      [...executorArgs(setup, `final-${pass}`, setup.finalMaxItems, 'final-host'), '--json'],
      setup.env,
    );
    expectCleanExit(run, `final pass ${pass}`);
    report.finalPasses = pass;
    const result = JSON.parse(run.stdout) as { counts: { processed: number } };
    if (result.counts.processed === 0) break;
  }
  return report;
}

export function expectAtMostOneArticlePerItem(snap: RaceSnapshot): void {
  const seen = new Map<string, number>();
  for (const a of snap.articles) seen.set(a.item_id, (seen.get(a.item_id) ?? 0) + 1);
  const doubled = [...seen].filter(([, n]) => n > 1);
  expect(doubled, 'item ids with more than one article').toEqual([]);
}

/** What must hold at the end of the scenario. `initial` is the queue as seeded. */
/** Returns how many PUBLISHED rows lack their run-log line because their run was killed right after writing them. */
export function expectRaceInvariants(
  initial: { header: string[]; rows: CsvRecord[] },
  snap: RaceSnapshot,
  killedRuns: readonly string[],
): number {
  expectAtMostOneArticlePerItem(snap);

  // No row lost, none added, none moved; the unknown column kept its values; the content untouched.
  expect(snap.header).toEqual(initial.header);
  expect(snap.rows.map((r) => r.id)).toEqual(initial.rows.map((r) => r.id));
  snap.rows.forEach((row, i) => {
    const before = initial.rows[i] as CsvRecord;
    for (const column of ['campaign', 'title', 'keywords', 'content', 'priority']) {
      expect(row[column], `${row.id} ${column}`).toBe(before[column]);
    }
  });

  // Every row in a named state, none left in flight, and any row not published says why.
  for (const row of snap.rows) {
    expect(ITEM_STATUSES as readonly string[], `${row.id} status`).toContain(row.status);
    expect(row.status, `${row.id} is still IN_PROGRESS`).not.toBe('IN_PROGRESS');
    expect(row.lease_owner, `${row.id} lease_owner`).toBe('');
    if (row.status !== 'PUBLISHED') expect(`${row.last_error}${row.notes}`, `${row.id} reason`).not.toBe('');
  }

  // PUBLISHED rows are exactly the items with a published article, and each row points at its article.
  const published = snap.articles.filter((a) => a.published);
  const publishedRows = snap.rows.filter((r) => r.status === 'PUBLISHED');
  expect(publishedRows.map((r) => r.id).sort()).toEqual(published.map((a) => a.item_id).sort());
  const articleOf = new Map(snap.articles.map((a) => [a.item_id, a.id]));
  for (const row of publishedRows) expect(row.article_id, `${row.id} article_id`).toBe(articleOf.get(row.id ?? ''));

  // The run log: the run that wrote a PUBLISHED row logged it. The executor appends the run-log line
  // before it writes the row, so not even a run killed between the two writes leaves a row unlogged.
  const logged = new Set(snap.runLog.filter((r) => r.outcome === 'published').map((r) => `${r.run_id} ${r.item_id}`));
  const unlogged = publishedRows.filter((r) => !logged.has(`${r.run_id} ${r.id}`));
  expect(
    unlogged.map((r) => `${r.id} (run ${r.run_id}${killedRuns.includes(r.run_id ?? '') ? ', killed' : ''})`),
    'PUBLISHED rows without a run-log line',
  ).toEqual([]);
  return unlogged.length;
}
