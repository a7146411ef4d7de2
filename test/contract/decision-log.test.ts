import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitHubDecisionLog } from '../../packages/core/src/adapters/github';
import { JsonDecisionLog } from '../../packages/core/src/adapters/local/decision-log-json';
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
    writeRaw: async (text) => fake.setFile('config/decision_log.json', text),
    where: 'acme/blog:config/decision_log.json@main',
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
    expect(fake.commits[0]).toMatchObject({ path: 'config/decision_log.json', branch: 'main' });
    expect(fake.commits[0]?.message).toContain('[skip ci]');
    expect(JSON.parse(fake.fileText('config/decision_log.json') ?? '')).toEqual({
      last_decision: entry,
      history: [entry],
    });
    await fake.close();
  });
});
