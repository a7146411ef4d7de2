// The client's retry and rate-limit behaviour, on the fake GitHub: 5xx and
// rate limits are retried a bounded number of times with a logged warning;
// everything else fails at once with a ServiceError that says what failed.
import { describe, expect, it } from 'vitest';
import { GitHubVariableStore } from '../../../packages/core/src/adapters/github';
import { ServiceError } from '../../../packages/core/src/errors';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { useFakeGitHub } from '../../fakes/github-fixture';
import { fakeGitHubOptions } from '../../fakes/github-server';

const newFake = useFakeGitHub();
const VARIABLE = '/repos/{owner}/{repo}/actions/variables/{name}' as const;

async function setup(options: { retries?: number; maxRateLimitWaitSeconds?: number } = {}) {
  const fake = await newFake();
  fake.variables.set('WF_ENABLED', { value: 'true', created_at: fake.now(), updated_at: fake.now() });
  const log = createMemoryLogger();
  const store = new GitHubVariableStore({ ...fakeGitHubOptions(fake), log, ...options });
  const gets = () => fake.requests.filter((r) => r.method === 'GET' && r.route === VARIABLE).length;
  const warnings = () => log.events.filter((e) => e.level === 'warn').map((e) => e.message);
  return { fake, store, gets, warnings };
}

describe('GitHub client retries', () => {
  it('retries 5xx answers, then succeeds', async () => {
    const { fake, store, gets } = await setup();
    fake.fail('GET', VARIABLE, 502, { times: 2 });
    expect(await store.get('WF_ENABLED')).toBe('true');
    expect(gets()).toBe(3);
  });

  it('gives up after the configured retries with a retryable ServiceError', async () => {
    const { fake, store, gets } = await setup({ retries: 2 });
    fake.fail('GET', VARIABLE, 503, { times: 10 });
    const error = await store.get('WF_ENABLED').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect((error as Error).message).toContain('read variable WF_ENABLED failed (HTTP 503)');
    expect(gets()).toBe(3);
  });

  it('waits out a secondary rate limit (429 with retry-after) and logs a warning', async () => {
    const { fake, store, gets, warnings } = await setup();
    fake.secondaryRateLimit('GET', VARIABLE, { times: 2, retryAfterSeconds: 1 });
    expect(await store.get('WF_ENABLED')).toBe('true');
    expect(gets()).toBe(3);
    expect(warnings()).toHaveLength(2);
    expect(warnings()[0]).toMatch(/secondary rate limit on GET .*retry 1\/3 in 1 s/);
  });

  it('waits out a primary rate limit (403, x-ratelimit-remaining: 0) and logs a warning', async () => {
    const { fake, store, gets, warnings } = await setup();
    fake.rateLimit('GET', VARIABLE, { times: 1, resetInSeconds: 0 });
    expect(await store.get('WF_ENABLED')).toBe('true');
    expect(gets()).toBe(2);
    expect(warnings()[0]).toMatch(/GitHub rate limit on GET/);
  });

  it('stops retrying a rate limit after the bounded number of retries', async () => {
    const { fake, store, gets, warnings } = await setup({ retries: 2 });
    fake.secondaryRateLimit('GET', VARIABLE, { times: 10, retryAfterSeconds: 1 });
    const error = await store.get('WF_ENABLED').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ status: 429 });
    expect(gets()).toBe(3);
    expect(warnings().at(-1)).toMatch(/giving up after 2 retries/);
  });

  it('does not wait for a rate-limit reset further away than the limit', async () => {
    const { fake, store, gets, warnings } = await setup({ maxRateLimitWaitSeconds: 60 });
    fake.rateLimit('GET', VARIABLE, { times: 1, resetInSeconds: 3600 });
    const error = await store.get('WF_ENABLED').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    expect((error as Error).message).toContain('API rate limit exceeded');
    expect(gets()).toBe(1);
    expect(warnings()[0]).toMatch(/giving up/);
  });

  it('does not retry a plain 403 (a missing permission) and says what to check', async () => {
    const { fake, store, gets } = await setup();
    fake.fail('GET', VARIABLE, 403, {
      body: { message: 'Resource not accessible by integration', documentation_url: 'x' },
    });
    const error = await store.get('WF_ENABLED').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, retryable: false });
    expect((error as Error).message).toMatch(
      /HTTP 403\): Resource not accessible by integration.* — the token lacks a permission/,
    );
    expect(gets()).toBe(1);
  });
});
