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
    expect(puts[1]?.body).toMatchObject({
      sha: expect.any(String),
      branch: 'main',
      message: expect.stringMatching(/^update\n\nautopilot-write: [0-9a-f]{16}$/),
    });
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

  it('re-reads and re-applies on a sha conflict, recomputing from the new text', async () => {
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
    expect(log.events.some((e) => /changed while we wrote it \(HTTP 409\); re-reading/.test(e.message))).toBe(true);
  });

  it('fails with a ServiceError once its attempts are spent, backing off between them', async () => {
    const fake = await newFake();
    fake.fail('PUT', CONTENTS, 422, { times: 3 });
    const waits: number[] = [];
    const file = new GitHubRepoFile(gitHubContext(fakeGitHubOptions(fake)), 'x.txt', {
      maxAttempts: 3,
      backoffMs: 100,
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    const error = await file.update(() => 'x', 'm').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toContain('write acme/blog:x.txt@main: the file changed under us 3 times');
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
    expect(fake.fileText('x.txt')).toBeUndefined();
  });

  it('does not resend a PUT that answered 5xx: it looks for its write first', async () => {
    const fake = await newFake();
    fake.setFile('log.txt', 'a\n');
    fake.failAfterApply('PUT', CONTENTS, 500);
    const file = new GitHubRepoFile(gitHubContext(fakeGitHubOptions(fake)), 'log.txt');
    expect(await file.update((t) => `${t}b\n`, 'append')).toEqual({ changed: true });
    expect(fake.fileText('log.txt')).toBe('a\nb\n');
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('finds its write under a newer commit after a 5xx (by its autopilot-write trailer)', async () => {
    const fake = await newFake();
    fake.setFile('log.txt', 'a\n');
    fake.failAfterApply('PUT', CONTENTS, 503);
    let human = false;
    fake.beforeApply = (request) => {
      // Right after our PUT was applied (and answered 503), a human commits on top: the next request is our re-read.
      if (request.method === 'GET' && fake.commits.length === 1 && !human) {
        human = true;
        fake.commitFile('log.txt', 'a\nb\nhuman\n', 'main', 'by hand');
      }
    };
    const file = new GitHubRepoFile(gitHubContext(fakeGitHubOptions(fake)), 'log.txt');
    expect(await file.update((t) => `${t}b\n`, 'append')).toEqual({ changed: true });
    fake.beforeApply = undefined;
    expect(fake.fileText('log.txt')).toBe('a\nb\nhuman\n');
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(fake.requests.some((r) => r.route === '/repos/{owner}/{repo}/commits')).toBe(true);
  });

  it('re-applies after a 5xx whose write did not land', async () => {
    const fake = await newFake();
    fake.setFile('log.txt', 'a\n');
    fake.fail('PUT', CONTENTS, 502);
    const file = new GitHubRepoFile(gitHubContext(fakeGitHubOptions(fake)), 'log.txt', { backoffMs: 1 });
    expect(await file.update((t) => `${t}b\n`, 'append')).toEqual({ changed: true });
    expect(fake.fileText('log.txt')).toBe('a\nb\n');
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
  });

  it('reads from the configured branch', async () => {
    const fake = await newFake();
    fake.branches.add('state');
    fake.setFile('local_heartbeat.json', '{"timestamp": 1767600000, "owner": "pc", "mode": "review"}', 'state');
    const read = await new GitHubHeartbeatFile({ ...fakeGitHubOptions(fake), branch: 'state' }).read();
    expect(read).toMatchObject({
      ok: true,
      heartbeat: { owner: 'pc' },
      source: 'repository file acme/blog:local_heartbeat.json@state',
    });
    expect(fake.requests[0]?.query).toEqual({ ref: 'state' });
  });

  it('commits a heartbeat with [skip ci] on the state branch, never the default branch', async () => {
    const fake = await newFake();
    const heartbeat = {
      timestamp: 1_767_600_000,
      iso: '2026-01-05T08:00:00.000Z',
      owner: 'pc',
      mode: 'review' as const,
    };
    const file = new GitHubHeartbeatFile(fakeGitHubOptions(fake));
    await file.write(heartbeat);
    await file.write({ ...heartbeat, timestamp: heartbeat.timestamp + 300 });
    expect(fake.commits.map((c) => c.branch)).toEqual(['autopilot-state', 'autopilot-state']);
    expect(fake.commits[0]?.message).toMatch(/heartbeat pc .*\[skip ci\]/);
    expect(JSON.parse(fake.fileText('local_heartbeat.json', 'autopilot-state') ?? '{}')).toMatchObject({
      timestamp: 1_767_600_300,
    });
    // The renewal wrote on the version it wrote before: one request, no read.
    const last = fake.requests.at(-1);
    expect(last?.method).toBe('PUT');
    expect(fake.requests.at(-2)?.method).toBe('PUT');
    expect(fake.fileText('local_heartbeat.json', 'main')).toBeUndefined();
  });
});
