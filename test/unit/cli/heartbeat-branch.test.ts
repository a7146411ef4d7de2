// The local runner's heartbeat on GitHub goes to the state branch through the
// contents API — heartbeat-source branch, or heartbeat-push with credentials —
// never a commit on the default branch; what it writes is what heartbeat-check
// reads with heartbeat-source branch. A missing token names the setting.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../packages/cli/src/args';
import { heartbeatCommand } from '../../../packages/cli/src/commands/heartbeat';
import { heartbeatWriter } from '../../../packages/cli/src/commands/local-heartbeat';
import { createCliContext } from '../../../packages/cli/src/context';
import { UserError } from '../../../packages/core/src/errors';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { checkHeartbeat } from '../../../packages/core/src/services/heartbeat-check';
import { buildHeartbeatSource } from '../../../packages/core/src/wiring/control-plane';
import { statePaths } from '../../../packages/core/src/wiring/paths';
import { useFakeGitHub } from '../../fakes/github-fixture';
import type { FakeGitHub } from '../../fakes/github-server';

const newFake = useFakeGitHub();

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'autopilot-hb-branch-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function context(flags: string[], fake?: FakeGitHub) {
  const github = fake
    ? ['--github-token', 'test-token', '--repository', `${fake.owner}/${fake.repo}`, '--github-api-url', fake.url]
    : [];
  return createCliContext(
    parseCommandLine(['local', '--state', join(dir, 'state'), '--owner', 'laptop-ana', ...github, ...flags]),
    { stdout: () => {}, stderr: () => {} },
    {},
  );
}

const NOW = new Date('2026-01-05T08:00:00Z');
const heartbeat = {
  timestamp: NOW.getTime() / 1000,
  iso: NOW.toISOString(),
  owner: 'laptop-ana',
  mode: 'review' as const,
};

describe('the local runner heartbeat on the state branch', () => {
  it('heartbeat-source branch: written through the contents API on autopilot-state, read back by heartbeat-check', async () => {
    const fake = await newFake();
    const ctx = context(['--heartbeat-source', 'branch'], fake);
    const writer = await heartbeatWriter(ctx);
    expect(writer.target).toBe('acme/blog:local_heartbeat.json@autopilot-state');
    await writer.write(heartbeat);
    expect(JSON.parse(fake.fileText('local_heartbeat.json', 'autopilot-state') ?? '{}')).toMatchObject({
      owner: 'laptop-ana',
    });
    expect(fake.commits.every((c) => c.branch === 'autopilot-state')).toBe(true);
    expect(
      fake.requests.some((r) => r.method === 'PUT' && (r.body as { branch?: string }).branch !== 'autopilot-state'),
    ).toBe(false);

    // What the workflows' heartbeat-check reads with HEARTBEAT_SOURCE=branch.
    const log = createMemoryLogger();
    const source = buildHeartbeatSource(
      ctx.config,
      { paths: statePaths(join(dir, 'state')), env: {}, log },
      { inCheckout: true },
    );
    const outcome = await checkHeartbeat({ source, log }, { now: new Date(NOW.getTime() + 60_000) });
    expect(outcome.classification).toMatchObject({ active: true, level: 'healthy' });
  });

  it('heartbeat-push with credentials: the state branch too, not a git commit on the checkout', async () => {
    const fake = await newFake();
    const writer = await heartbeatWriter(context(['--heartbeat-push', 'true', '--state-branch', 'ops-state'], fake));
    await writer.write(heartbeat);
    expect(fake.fileText('local_heartbeat.json', 'ops-state')).toContain('laptop-ana');
    expect(fake.fileText('local_heartbeat.json', 'main')).toBeUndefined();
  });

  it('`heartbeat write` with heartbeat-source branch writes it there too', async () => {
    const fake = await newFake();
    const said: string[] = [];
    const ctx = createCliContext(
      parseCommandLine([
        'heartbeat',
        'write',
        '--state',
        join(dir, 'state'),
        '--owner',
        'laptop-ana',
        '--heartbeat-source',
        'branch',
        '--github-token',
        'test-token',
        '--repository',
        `${fake.owner}/${fake.repo}`,
        '--github-api-url',
        fake.url,
      ]),
      { stdout: (t) => said.push(t), stderr: () => {} },
      {},
    );
    expect(await heartbeatCommand(ctx, ['write'])).toBe(0);
    expect(said.join('\n')).toContain('heartbeat written to acme/blog:local_heartbeat.json@autopilot-state');
    expect(fake.fileText('local_heartbeat.json', 'autopilot-state')).toContain('laptop-ana');
  });

  it('heartbeat-source branch without a token: a UserError naming github-token', async () => {
    const error = await heartbeatWriter(context(['--heartbeat-source', 'branch', '--repository', 'acme/blog'])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /heartbeat-source branch writes local_heartbeat\.json on the branch autopilot-state: github-token is missing/,
    );
  });

  it('heartbeat-check with heartbeat-source branch and no token: inactive, the reason names github-token', async () => {
    const ctx = context(['--heartbeat-source', 'branch']);
    const log = createMemoryLogger();
    const source = buildHeartbeatSource(ctx.config, { paths: statePaths(join(dir, 'state')), env: {}, log });
    const outcome = await checkHeartbeat({ source, log }, { now: NOW });
    expect(outcome.classification.active).toBe(false);
    expect(outcome.classification.reason).toMatch(/heartbeat-source is branch.*github-token is missing/);
  });
});
