import { describe, expect, it } from 'vitest';
import { GitHubVariableStore } from '../../../packages/core/src/adapters/github';
import { ServiceError } from '../../../packages/core/src/errors';
import { useFakeGitHub } from '../../fakes/github-fixture';
import { fakeGitHubOptions } from '../../fakes/github-server';

const newFake = useFakeGitHub();

describe('GitHubVariableStore', () => {
  it('reads a 404 as undefined without retrying', async () => {
    const fake = await newFake();
    expect(await new GitHubVariableStore(fakeGitHubOptions(fake)).get('LOCAL_HEARTBEAT')).toBeUndefined();
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/blog/actions/variables/LOCAL_HEARTBEAT',
    ]);
  });

  it('updates an existing variable with PATCH', async () => {
    const fake = await newFake();
    fake.variables.set('WF_ENABLED', { value: 'true', created_at: fake.now(), updated_at: fake.now() });
    await new GitHubVariableStore(fakeGitHubOptions(fake)).set('WF_ENABLED', 'false');
    expect(fake.requests.map((r) => r.method)).toEqual(['PATCH']);
    expect(fake.requests[0]?.body).toEqual({ value: 'false' });
    expect(fake.variables.get('WF_ENABLED')?.value).toBe('false');
  });

  it('creates the variable when the update answers 404', async () => {
    const fake = await newFake();
    await new GitHubVariableStore(fakeGitHubOptions(fake)).set('ALLOW_PUBLISH', 'human_disabled');
    expect(fake.requests.map((r) => `${r.method} ${r.route}`)).toEqual([
      'PATCH /repos/{owner}/{repo}/actions/variables/{name}',
      'POST /repos/{owner}/{repo}/actions/variables',
    ]);
    expect(fake.requests[1]?.body).toEqual({ name: 'ALLOW_PUBLISH', value: 'human_disabled' });
    expect(fake.variables.get('ALLOW_PUBLISH')?.value).toBe('human_disabled');
  });

  it('reports a validation error (422) as a ServiceError naming the variable', async () => {
    const fake = await newFake();
    fake.fail('POST', '/repos/{owner}/{repo}/actions/variables', 422);
    const error = await new GitHubVariableStore(fakeGitHubOptions(fake)).set('BAD NAME', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ status: 422 });
    expect((error as Error).message).toContain('create variable BAD NAME failed (HTTP 422)');
  });
});
