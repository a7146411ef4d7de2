// The supervisor action, from its TypeScript entry point, against the fake
// GitHub with a token that may not write variables: the run fails, the one
// error annotation says the disable FAILED, and nothing claims it happened.
import { afterAll, describe, expect, it } from 'vitest';
import { commands, removeScratch, runActionSource } from '../../actions/helpers';
import { useFakeGitHub } from '../../fakes/github-fixture';
import type { FakeGitHub } from '../../fakes/github-server';

const newFake = useFakeGitHub();
afterAll(removeScratch);

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The action from its TypeScript entry point, its GitHub calls going to the fake. */
function runSupervisorAction(fake: FakeGitHub, inputs: Record<string, string>) {
  return runActionSource('supervisor', {
    inputs,
    env: { GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`, GITHUB_API_URL: fake.url },
  });
}

describe('supervisor action: a token that may not write variables', () => {
  it('fails the run, says the disable FAILED, opens disable-failed, and claims no change', async () => {
    const fake = await newFake();
    fake.variables.set('WF_ENABLED', { value: 'true', created_at: fake.now(), updated_at: fake.now() });
    fake.variables.set('ALLOW_PUBLISH', { value: 'human_enabled', created_at: fake.now(), updated_at: fake.now() });
    for (const minutes of [50, 30]) {
      fake.addRun({ display_title: 'publish (mode: publish)', conclusion: 'failure', created_at: minutesAgo(minutes) });
    }
    // The token may read everything and write issues, runs and contents, but not variables.
    fake.grant('test-token', { actions: 'write', actions_variables: 'read', issues: 'write', contents: 'write' });

    const run = await runSupervisorAction(fake, { 'github-token': 'test-token', 'queue-backend': 'local' });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.decision).toBe('disable_unstable');
    expect(fake.variables.get('WF_ENABLED')?.value).toBe('true');
    const errors = commands(run.stdout, 'error').join('\n');
    expect(errors).toMatch(/pipeline NOT disabled: the disable FAILED \(WF_ENABLED=false: .*HTTP 403/);
    expect(errors).toContain('Resource not accessible by integration');
    expect(errors).not.toMatch(/pipeline disabled:/);
    const failed = fake.issues.find((issue) => issue.body?.includes('autopilot-incident:disable-failed '));
    expect(failed?.state).toBe('open');
    expect(fake.issues.some((issue) => issue.body?.includes('autopilot-incident:pipeline-unstable '))).toBe(false);
    expect(run.summary).toMatch(/GitHub requests: \d+/);
    expect(run.summary).toContain('opened incident disable-failed');
    expect(run.summary).not.toMatch(/set WF_ENABLED=false \(read back\)|publishing disabled:/);
  });
});
