import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitHubDecisionLog } from '../../packages/core/src/adapters/github';
import { JsonDecisionLog } from '../../packages/core/src/adapters/local/decision-log-json';
import { applyDecision } from '../../packages/core/src/domain/reconcile/decision-log';
import { useFakeGitHub } from '../fakes/github-fixture';
import { fakeGitHubOptions } from '../fakes/github-server';
import { describeDecisionLogContract } from './decision-log.contract';

const newFake = useFakeGitHub();

describeDecisionLogContract('JsonDecisionLog', async () => {
  const stateDir = await mkdtemp(join(tmpdir(), 'autopilot-decisions-'));
  const path = join(stateDir, 'decision_log.json');
  return {
    log: new JsonDecisionLog({ stateDir }),
    writeRaw: (text) => writeFile(path, text),
    where: path,
    cleanup: () => rm(stateDir, { recursive: true, force: true }),
  };
});

describeDecisionLogContract('GitHubDecisionLog (fake GitHub)', async () => {
  const fake = await newFake();
  return {
    log: new GitHubDecisionLog(fakeGitHubOptions(fake)),
    writeRaw: async (text) => fake.setFile('decision_log.json', text, 'autopilot-state'),
    where: 'acme/blog:decision_log.json@autopilot-state',
    cleanup: () => fake.close(),
  };
});

describe('GitHubDecisionLog commits', () => {
  it('commits only when the content changes, with [skip ci] in the message', async () => {
    const fake = await newFake();
    const log = new GitHubDecisionLog(fakeGitHubOptions(fake));
    const entry = {
      decision: 'no_data' as const,
      reason: 'no rows',
      at: '2026-01-05T08:00:00Z',
      metrics: {},
      by: 'reconcile',
    };
    await log.write({ last_decision: entry, history: [entry] });
    await log.write({ last_decision: entry, history: [entry] });
    expect(fake.commits).toHaveLength(1);
    expect(fake.commits[0]).toMatchObject({ path: 'decision_log.json', branch: 'autopilot-state' });
    expect(fake.commits[0]?.message).toContain('[skip ci]');
    expect(fake.requests.some((r) => r.method === 'PUT' && (r.body as { branch?: string }).branch === 'main')).toBe(
      false,
    );
    expect(JSON.parse(fake.fileText('decision_log.json', 'autopilot-state') ?? '')).toEqual({
      last_decision: entry,
      history: [entry],
    });
    await fake.close();
  });
});

describe('GitHubDecisionLog: a concurrent write is re-applied, never overwritten', () => {
  const entry = (decision: 'continue_publish' | 'review_only' | 'pause_and_review', at: string, by = 'reconcile') => ({
    decision,
    reason: `because ${decision}`,
    at,
    metrics: {},
    by,
  });
  const BRANCH = 'autopilot-state';

  it("re-applies our evaluation to a human's edit made between our read and our write (a 409 in between)", async () => {
    const fake = await newFake();
    const first = entry('continue_publish', '2026-01-05T08:00:00Z');
    fake.commitFile('decision_log.json', JSON.stringify({ last_decision: first, history: [first] }), BRANCH);
    const log = new GitHubDecisionLog({ ...fakeGitHubOptions(fake), file: { backoffMs: 1 } });
    const doc = await log.read();
    // Meanwhile a human records a pause by hand, with a note of their own.
    const human = entry('pause_and_review', '2026-01-05T08:30:00Z', 'ana');
    fake.commitFile(
      'decision_log.json',
      JSON.stringify({ last_decision: human, history: [first, human], note: 'paused for the sale' }),
      BRANCH,
      'ana: pause',
    );
    const ours = entry('review_only', '2026-01-05T09:00:00Z');
    expect(await log.write(applyDecision(doc, ours))).toEqual({ changed: true });
    const after = JSON.parse(fake.fileText('decision_log.json', BRANCH) ?? '{}');
    expect(after).toEqual({
      last_decision: ours,
      last_evaluation: ours,
      history: [first, human, ours],
      note: 'paused for the sale',
    });
  });

  it('a 409 on the PUT (a writer between our read and our write) re-reads and re-applies', async () => {
    const fake = await newFake();
    const log = new GitHubDecisionLog({ ...fakeGitHubOptions(fake), file: { backoffMs: 1 } });
    fake.setFile('decision_log.json', JSON.stringify({ last_decision: null, history: [] }), BRANCH);
    const doc = await log.read();
    const other = entry('review_only', '2026-01-05T08:10:00Z', 'reconcile@other-run');
    let raced = false;
    fake.beforeApply = (request) => {
      if (request.method !== 'PUT' || raced) return;
      raced = true;
      fake.commitFile('decision_log.json', JSON.stringify({ last_decision: other, history: [other] }), BRANCH);
    };
    const ours = entry('pause_and_review', '2026-01-05T08:20:00Z');
    await log.write(applyDecision(doc, ours));
    fake.beforeApply = undefined;
    expect(fake.exchanges.some((x) => x.method === 'PUT' && x.status === 409)).toBe(true);
    expect(JSON.parse(fake.fileText('decision_log.json', BRANCH) ?? '{}')).toEqual({
      last_decision: ours,
      last_evaluation: ours,
      history: [other, ours],
    });
  });

  it('adds no history when the other writer already recorded the same decision: only our evaluation', async () => {
    const fake = await newFake();
    const log = new GitHubDecisionLog({ ...fakeGitHubOptions(fake), file: { backoffMs: 1 } });
    const doc = await log.read();
    const theirs = entry('review_only', '2026-01-05T08:10:00Z', 'ana');
    fake.commitFile('decision_log.json', JSON.stringify({ last_decision: theirs, history: [theirs] }), BRANCH);
    const ours = entry('review_only', '2026-01-05T08:20:00Z');
    expect(await log.write(applyDecision(doc, ours))).toEqual({ changed: true });
    expect(JSON.parse(fake.fileText('decision_log.json', BRANCH) ?? '{}')).toEqual({
      last_decision: theirs,
      last_evaluation: ours,
      history: [theirs],
    });
  });
});
