// `autopilot local`: the heartbeat lands before the executor starts, renews
// while it runs, `--release` hands ownership back, and with
// LOCAL_HEARTBEAT_PUSH=true the checkout's local_heartbeat.json is committed
// (`[skip ci]`) and pushed — here to a bare repository in a temp folder.
import { execFile, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLocal } from '../../../packages/cli/src/commands/local';
import { HEARTBEAT_COMMIT_MESSAGE } from '../../../packages/cli/src/commands/local-heartbeat';
import type { CliContext } from '../../../packages/cli/src/context';
import { FileHeartbeat } from '../../../packages/core/src/adapters/local/heartbeat-file';
import { classifyHeartbeat } from '../../../packages/core/src/domain/heartbeat';
import type { ExecutorResult } from '../../../packages/core/src/services/executor/types';
import { processResult } from '../../fixtures/process-output';
import { testCli } from './cli-context';

const ROOT = join(import.meta.dirname, '../../..');
const NOW = new Date('2025-03-01T12:00:00Z');
const nowS = NOW.getTime() / 1000;
const exec = promisify(execFile);

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-local-runner-'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function result(ctx: CliContext): ExecutorResult {
  const zero = { processed: 0, published: 0, drafted: 0, blocked: 0, retry: 0, failed: 0 };
  return {
    run_id: ctx.runId,
    requested_mode: ctx.config.mode,
    mode: ctx.config.mode,
    items: [],
    problems: [],
    recovered: 0,
    rejected: 0,
    counts: zero as ExecutorResult['counts'],
    conclusion: 'success',
    started_at: NOW.toISOString(),
    finished_at: NOW.toISOString(),
    budget_spent: false,
  };
}

async function readHeartbeatFile(path: string) {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

describe('autopilot local (in process)', () => {
  it('on SIGINT passes the cancel to the executor, still writes the final beat, and exits 130', async () => {
    const state = join(base, 'sigint');
    const cli = testCli(['local', '--state', state, '--owner', 'laptop-ana'], NOW);
    const signals = new EventEmitter();
    let seen: AbortSignal | undefined;
    const code = await runLocal(cli.ctx, {
      every: () => () => {},
      signals,
      runExecutor: async (ctx, signal) => {
        seen = signal;
        signals.emit('SIGINT', 'SIGINT');
        cli.setNow(new Date(NOW.getTime() + 60_000));
        return { ...result(ctx), conclusion: signal?.aborted ? 'cancelled' : 'success' };
      },
    });
    expect(seen?.aborted).toBe(true);
    expect(code).toBe(130);
    // The final beat went out after the run and hands the pipeline back at once.
    expect(await readHeartbeatFile(join(state, 'local_heartbeat.json'))).toMatchObject({
      timestamp: nowS + 60,
      released: true,
    });
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });

  it('writes the heartbeat (owner, mode, expires_at) before the executor starts, and renews it while it runs', async () => {
    const state = join(base, 'before');
    const cli = testCli(['local', '--mode', 'publish', '--state', state, '--owner', 'laptop-ana'], NOW);
    const path = join(state, 'local_heartbeat.json');
    let atStart: Record<string, unknown> | undefined;
    let renewed: Record<string, unknown> | undefined;
    let renewEvery = 0;
    let renew: (() => Promise<void>) | undefined;

    const code = await runLocal(cli.ctx, {
      every: (ms, fn) => {
        renewEvery = ms;
        renew = fn;
        return () => {
          renew = undefined;
        };
      },
      runExecutor: async (ctx) => {
        atStart = existsSync(path) ? await readHeartbeatFile(path) : undefined;
        cli.setNow(new Date(NOW.getTime() + 5 * 60_000));
        await renew?.();
        renewed = await readHeartbeatFile(path);
        return result(ctx);
      },
    });

    expect(code).toBe(0);
    expect(atStart).toMatchObject({
      timestamp: nowS,
      owner: 'laptop-ana',
      mode: 'publish',
      expires_at: nowS + 15 * 60,
    });
    // The default max age (15 min) renewed every third of it.
    expect(renewEvery).toBe(5 * 60_000);
    expect(renewed).toMatchObject({ timestamp: nowS + 300, expires_at: nowS + 300 + 15 * 60 });
    expect(renew).toBeUndefined();
    expect(renewed?.released).toBeUndefined();
    // While it ran, the workflow's heartbeat-check saw the runner as the owner…
    const during = await new FileHeartbeat({ path }).read();
    expect(during.ok).toBe(true);
    if (during.ok) {
      expect(
        classifyHeartbeat(
          { ...during, heartbeat: renewed as unknown as typeof during.heartbeat },
          new Date(NOW.getTime() + 6 * 60_000),
        ),
      ).toMatchObject({ active: true, owner: 'laptop-ana' });
    }
    // …and right after the run it sees the heartbeat released: the scheduled workflow may run.
    expect(await readHeartbeatFile(path)).toMatchObject({ released: true, expires_at: nowS + 300 });
    const after = classifyHeartbeat(await new FileHeartbeat({ path }).read(), new Date(NOW.getTime() + 6 * 60_000));
    expect(after.active).toBe(false);
    expect(after.reason).toContain('released');
  });

  it('--release hands ownership back without running the executor', async () => {
    const state = join(base, 'release');
    const path = join(state, 'local_heartbeat.json');
    await runLocal(testCli(['local', '--state', state, '--owner', 'laptop-ana'], NOW).ctx, {
      every: () => () => {},
      runExecutor: async (ctx) => result(ctx),
    });
    let ran = false;
    const cli = testCli(['local', '--release', '--state', state, '--owner', 'laptop-ana'], NOW);
    const code = await runLocal(cli.ctx, {
      every: () => () => {},
      runExecutor: async (ctx) => {
        ran = true;
        return result(ctx);
      },
    });

    expect(code).toBe(0);
    expect(ran).toBe(false);
    expect(await readHeartbeatFile(path)).toMatchObject({ owner: 'laptop-ana', released: true });
    const c = classifyHeartbeat(await new FileHeartbeat({ path }).read(), NOW);
    expect(c.active).toBe(false);
    expect(c.reason).toContain('released');
    expect(cli.stdout.join('\n')).toContain('released');
  });

  it('refuses heartbeat-source url before running anything, naming the setting', async () => {
    const cli = testCli(['local', '--state', join(base, 'url'), '--heartbeat-source', 'url'], NOW);
    await expect(runLocal(cli.ctx, { every: () => () => {}, runExecutor: async (ctx) => result(ctx) })).rejects.toThrow(
      /heartbeat-source url is read-only/,
    );
  });
});

// ── the push path, against a local bare repository (no network) ─────────

const GIT_ENV = {
  // No developer or system git configuration (signing, hooks, default branch…).
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env: { ...process.env, ...GIT_ENV } });
  return stdout.trim();
}

async function cloneAs(bare: string, dir: string): Promise<void> {
  await git(base, 'clone', '--quiet', bare, dir);
  await git(dir, 'config', 'user.name', 'Autopilot Test');
  await git(dir, 'config', 'user.email', 'autopilot-test@example.invalid');
  await git(dir, 'config', 'commit.gpgsign', 'false');
}

/** The CLI from source, as a process in `cwd` (the checkout), with a minimal environment. */
function runCliIn(cwd: string, args: string[], env: Record<string, string>) {
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, join(ROOT, 'packages/cli/src/bin.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: base, LANG: 'C.UTF-8', ...GIT_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return processResult(child);
}

describe('autopilot local with LOCAL_HEARTBEAT_PUSH=true', () => {
  let bare: string;
  let work: string;
  let branch: string;

  beforeAll(async () => {
    bare = join(base, 'remote.git');
    work = join(base, 'work');
    await git(base, 'init', '--quiet', '--bare', bare);
    await cloneAs(bare, work);
    await writeFile(join(work, '.gitignore'), '.autopilot/\n');
    await git(work, 'add', '.gitignore');
    await git(work, 'commit', '--quiet', '-m', 'initial');
    await git(work, 'push', '--quiet', '-u', 'origin', 'HEAD');
    branch = await git(work, 'rev-parse', '--abbrev-ref', 'HEAD');
    // Meanwhile the remote moved on (as reconcile's decision-log commit does): the runner must still get through.
    const other = join(base, 'other');
    await cloneAs(bare, other);
    await writeFile(join(other, 'decision_log.json'), '{}\n');
    await git(other, 'add', 'decision_log.json');
    await git(other, 'commit', '--quiet', '-m', 'reconcile: decision log');
    await git(other, 'push', '--quiet');
  });

  it('commits the checkout local_heartbeat.json with [skip ci] and pushes it; the state folder keeps no copy', async () => {
    const run = await runCliIn(work, ['local', '--mode', 'review', '--state', '.autopilot'], {
      LOCAL_HEARTBEAT_PUSH: 'true',
      AUTOPILOT_OWNER: 'laptop-ana',
    });
    expect(run.code, run.stderr).toBe(0);

    const subjects = (await git(bare, 'log', '--format=%s', branch)).split('\n');
    expect(HEARTBEAT_COMMIT_MESSAGE).toContain('[skip ci]');
    // The beat before the executor and the last one after it; the other clone's commit survived the rebase.
    expect(subjects.filter((s) => s === HEARTBEAT_COMMIT_MESSAGE)).toHaveLength(2);
    expect(subjects).toContain('reconcile: decision log');
    // Each heartbeat commit touches the heartbeat file only.
    const files = await git(bare, 'show', '--format=', '--name-only', branch);
    expect(files).toBe('local_heartbeat.json');

    // The last push is the release: the finished run hands the pipeline back to the schedule.
    const pushed = JSON.parse(await git(bare, 'show', `${branch}:local_heartbeat.json`)) as Record<string, number>;
    expect(pushed).toMatchObject({ owner: 'laptop-ana', mode: 'review', released: true });
    expect(pushed.expires_at).toBe(pushed.timestamp);
    expect(await readFile(join(work, 'local_heartbeat.json'), 'utf8')).toBe(
      await git(bare, 'show', `${branch}:local_heartbeat.json`).then((text) => `${text}\n`),
    );
    expect(existsSync(join(work, '.autopilot', 'local_heartbeat.json'))).toBe(false);
  });

  it('--release pushes a released heartbeat', async () => {
    const run = await runCliIn(work, ['local', '--release', '--state', '.autopilot'], {
      LOCAL_HEARTBEAT_PUSH: 'true',
      AUTOPILOT_OWNER: 'laptop-ana',
    });
    expect(run.code, run.stderr).toBe(0);
    expect(await git(bare, 'log', '-1', '--format=%s', branch)).toBe(HEARTBEAT_COMMIT_MESSAGE);
    expect(JSON.parse(await git(bare, 'show', `${branch}:local_heartbeat.json`))).toMatchObject({ released: true });
  });

  it('refuses a heartbeat file git ignores, before the executor starts, with a message naming the setting', async () => {
    const before = await git(bare, 'rev-parse', branch);
    const run = await runCliIn(work, ['local', '--state', '.autopilot', '--heartbeat-file', '.autopilot/hb.json'], {
      LOCAL_HEARTBEAT_PUSH: 'true',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/heartbeat-file .*hb\.json is ignored by git/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(await git(bare, 'rev-parse', branch)).toBe(before);
  });
});
