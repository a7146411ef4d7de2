import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitHubRunHistory } from '../../packages/core/src/adapters/github';
import { JsonlRunHistory } from '../../packages/core/src/adapters/local/runs-jsonl';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import { useFakeGitHub } from '../fakes/github-fixture';
import { fakeGitHubOptions } from '../fakes/github-server';
import { describeRunHistoryContract } from './run-history.contract';

const tempDir = () => mkdtemp(join(tmpdir(), 'autopilot-runs-'));
const newFake = useFakeGitHub();

describeRunHistoryContract('JsonlRunHistory', async () => {
  const stateDir = await tempDir();
  const history = new JsonlRunHistory({ stateDir });
  let n = 0;
  return {
    history,
    seed: async (runs) => {
      for (const run of runs) await history.record({ run_id: `local-${++n}`, ...run });
    },
    cleanup: () => rm(stateDir, { recursive: true, force: true }),
  };
});

describeRunHistoryContract('GitHubRunHistory (fake GitHub)', async () => {
  const fake = await newFake();
  return {
    history: new GitHubRunHistory(fakeGitHubOptions(fake)),
    seed: async (runs) => {
      for (const run of runs) {
        fake.addRun({
          display_title: `publish (mode: ${run.mode})`,
          status: run.status,
          conclusion: run.conclusion ?? null,
          created_at: run.started_at,
          run_started_at: run.started_at,
          updated_at: run.finished_at ?? run.started_at,
        });
      }
    },
    cleanup: () => fake.close(),
  };
});

describe('JsonlRunHistory on disk', () => {
  it('keeps one line per run: a later record of the same run replaces its line, in place', async () => {
    const stateDir = await tempDir();
    const history = new JsonlRunHistory({ stateDir });
    await history.record({ run_id: 'a', mode: 'review', status: 'in_progress', started_at: '2026-01-05T08:00:00Z' });
    await history.record({
      run_id: 'b',
      mode: 'review',
      status: 'completed',
      conclusion: 'success',
      started_at: '2026-01-05T08:10:00Z',
    });
    await history.record({
      run_id: 'a',
      mode: 'review',
      status: 'completed',
      conclusion: 'failure',
      started_at: '2026-01-05T08:00:00Z',
      finished_at: '2026-01-05T08:20:00Z',
      counts: { processed: 2, failed: 2 },
    });
    const runs = await history.recent(10);
    expect(runs.map((r) => r.run_id)).toEqual(['b', 'a']);
    expect(runs[1]).toMatchObject({ status: 'completed', conclusion: 'failure', counts: { processed: 2, failed: 2 } });
    // One line per run: a's line was replaced where it stood.
    const lines = (await readFile(join(stateDir, 'runs.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).run_id)).toEqual(['a', 'b']);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ status: 'completed', conclusion: 'failure' });
    await rm(stateDir, { recursive: true });
  });

  it('skips a broken line with a warning naming the file and line, and keeps the rest', async () => {
    const stateDir = await tempDir();
    const good = (id: string, minute: number) =>
      JSON.stringify({
        run_id: id,
        mode: 'publish',
        status: 'completed',
        conclusion: 'success',
        started_at: `2026-01-05T08:0${minute}:00Z`,
      });
    await writeFile(
      join(stateDir, 'runs.jsonl'),
      [
        good('a', 1),
        '{"run_id": "torn',
        JSON.stringify({ run_id: 'c', mode: 'sideways', status: 'queued', started_at: 'x' }),
        good('d', 2),
        '',
      ].join('\n'),
    );
    const log = createMemoryLogger();
    const runs = await new JsonlRunHistory({ stateDir, log }).recent(10);
    expect(runs.map((r) => r.run_id)).toEqual(['d', 'a']);
    const warnings = log.events.filter((e) => e.level === 'warn').map((e) => e.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/runs\.jsonl line 2 is not valid JSON/);
    expect(warnings[1]).toMatch(/runs\.jsonl line 3 was skipped: field "mode"/);
    await rm(stateDir, { recursive: true });
  });

  it('keeps a broken line and other runs untouched when it replaces a run, and reads an older file with several lines per run', async () => {
    const stateDir = await tempDir();
    const path = join(stateDir, 'runs.jsonl');
    const line = (id: string, status: string) =>
      JSON.stringify({ run_id: id, mode: 'review', status, started_at: '2026-01-05T08:00:00Z' });
    await writeFile(
      path,
      `${line('a', 'in_progress')}\n{"torn\n${line('a', 'completed')}\n${line('b', 'in_progress')}\n`,
    );
    const history = new JsonlRunHistory({ stateDir });
    expect((await history.recent(10)).find((r) => r.run_id === 'a')?.status).toBe('completed');
    await history.record({
      run_id: 'a',
      mode: 'review',
      status: 'completed',
      conclusion: 'success',
      started_at: '2026-01-05T08:00:00Z',
    });
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('{"torn');
    expect(lines.filter((l) => l.includes('"run_id":"a"'))).toHaveLength(1);
    await rm(stateDir, { recursive: true });
  });
});
