import { describe, expect, it } from 'vitest';
import { GitHubHeartbeatFile, GitHubRepoFile, gitHubContext } from '../../../packages/core/src/adapters/github';
import { ServiceError } from '../../../packages/core/src/errors';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { useFakeGitHub } from '../../fakes/github-fixture';
import { fakeGitHubOptions } from '../../fakes/github-server';

const newFake = useFakeGitHub();
const CONTENTS = '/repos/{owner}/{repo}/contents/{path}' as const;

describe('GitHubRepoFile', () => {
  it('creates a missing file without a sha, and updates with the sha it read', async () => {
    const fake = await newFake();
    const file = new GitHubRepoFile(gitHubContext(fakeGitHubOptions(fake)), 'config/x.json');
    expect(await file.update(() => 'one\n', 'create')).toEqual({ changed: true });
    expect(await file.update(() => 'two\n', 'update')).toEqual({ changed: true });
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts[0]?.body).not.toHaveProperty('sha');
    expect(puts[1]?.body).toMatchObject({ sha: expect.any(String), branch: 'main', message: 'update' });
    expect(fake.fileText('config/x.json')).toBe('two\n');
    expect((await file.read())?.text).toBe('two\n');
  });

  it('does not commit when the text is unchanged', async () => {
    const fake = await newFake();
    fake.setFile('a.txt', 'same');
    const file = new GitHubRepoFile(gitHubContext(fakeGitHubOptions(fake)), 'a.txt');
    expect(await file.update(() => 'same', 'noop')).toEqual({ changed: false });
    expect(fake.commits).toEqual([]);
  });

  it('re-reads and retries once on a sha conflict, recomputing from the new text', async () => {
    const fake = await newFake();
    fake.setFile('counter.txt', '1');
    const log = createMemoryLogger();
    const file = new GitHubRepoFile(gitHubContext({ ...fakeGitHubOptions(fake), log }), 'counter.txt');
    fake.fail('PUT', CONTENTS, 409, { body: { message: 'counter.txt does not match abc', documentation_url: 'x' } });
    const seen: (string | undefined)[] = [];
    await file.update((current) => {
      seen.push(current);
      return `${Number(current) + 1}`;
    }, 'bump');
    expect(seen).toEqual(['1', '1']);
    expect(fake.fileText('counter.txt')).toBe('2');
    expect(log.events.some((e) => e.level === 'warn' && /changed while we wrote it \(HTTP 409\)/.test(e.message))).toBe(
      true,
    );
  });

  it('fails with a ServiceError after a second conflict', async () => {
    const fake = await newFake();
    fake.fail('PUT', CONTENTS, 422, { times: 2 });
    const file = new GitHubRepoFile(gitHubContext(fakeGitHubOptions(fake)), 'x.txt');
    const error = await file.update(() => 'x', 'm').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toContain('write acme/blog:x.txt@main failed (HTTP 422)');
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
  });

  it('reads from the configured branch', async () => {
    const fake = await newFake();
    fake.branches.add('state');
    fake.setFile('local_heartbeat.json', '{"timestamp": 1767600000, "owner": "pc", "mode": "review"}', 'state');
    const read = await new GitHubHeartbeatFile({ ...fakeGitHubOptions(fake), ref: 'state' }).read();
    expect(read).toMatchObject({
      ok: true,
      heartbeat: { owner: 'pc' },
      source: 'repository file acme/blog:local_heartbeat.json@state',
    });
    expect(fake.requests[0]?.query).toEqual({ ref: 'state' });
  });

  it('commits a heartbeat with [skip ci] so it starts no push workflow', async () => {
    const fake = await newFake();
    await new GitHubHeartbeatFile(fakeGitHubOptions(fake)).write({
      timestamp: 1_767_600_000,
      iso: '2026-01-05T08:00:00.000Z',
      owner: 'pc',
      mode: 'review',
    });
    expect(fake.commits[0]?.message).toMatch(/heartbeat pc .*\[skip ci\]/);
  });
});
