// Test-file plumbing for the fake GitHub: start a fresh fake per test, and
// after the file, check every answer any of them gave against GitHub's
// OpenAPI description (loaded once per file).
import { afterAll, expect } from 'vitest';
import { checkExchanges, loadGitHubSpec } from './github-openapi';
import { FakeGitHub } from './github-server';

export function useFakeGitHub(): (options?: ConstructorParameters<typeof FakeGitHub>[0]) => Promise<FakeGitHub> {
  const fakes: FakeGitHub[] = [];
  afterAll(async () => {
    await Promise.all(fakes.map((fake) => fake.close()));
    const exchanges = fakes.flatMap((fake) => fake.exchanges);
    expect(exchanges.length).toBeGreaterThan(0);
    expect(checkExchanges(loadGitHubSpec(), exchanges)).toEqual([]);
  });
  return async (options) => {
    const fake = await new FakeGitHub(options).start();
    fakes.push(fake);
    return fake;
  };
}
