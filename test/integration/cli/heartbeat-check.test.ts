// `autopilot heartbeat check`: like the action, on the local incidents
// (<state>/incidents/) — with expect-local, a heartbeat stale past
// stale-grace-minutes opens `heartbeat-stale` carrying the run's trace id, a
// fresh one resolves it; a source that cannot be read is a warning, not a crash.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heartbeatCommand } from '../../../packages/cli/src/commands/heartbeat';
import { testCli } from './cli-context';

const NOW = new Date('2025-03-01T12:00:00Z');
const nowS = NOW.getTime() / 1000;
const ENV = { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1' };
const TRACE_ID = '4242-1';

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-heartbeat-cli-'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

interface IncidentFile {
  key: string;
  state: string;
  body: string;
  comments: { body: string }[];
}

async function incidents(state: string): Promise<IncidentFile[]> {
  const dir = join(state, 'incidents');
  const names = (await readdir(dir).catch(() => [])).filter((n) => /^\d+\.json$/.test(n));
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as IncidentFile));
}

async function beat(state: string, ageSeconds: number): Promise<void> {
  const timestamp = nowS - ageSeconds;
  await writeFile(
    join(state, 'local_heartbeat.json'),
    JSON.stringify({ timestamp, iso: new Date(timestamp * 1000).toISOString(), owner: 'laptop-ana', mode: 'review' }),
  );
}

async function check(state: string, ...flags: string[]) {
  const cli = testCli(['heartbeat', 'check', '--json', '--state', state, ...flags], NOW, ENV);
  const code = await heartbeatCommand(cli.ctx, ['check']);
  return { code, result: JSON.parse(cli.stdout.join('\n')) as Record<string, unknown>, stderr: cli.stderr.join('\n') };
}

describe('autopilot heartbeat check --expect-local', () => {
  it('opens heartbeat-stale past the grace period (with the trace id) and resolves it when fresh again', async () => {
    const state = join(base, 'stale');
    await mkdir(state, { recursive: true });

    // 15 min max age + 20 min: stale, but within a 30 min grace.
    await beat(state, 35 * 60);
    const within = await check(state, '--expect-local');
    expect(within.result).toMatchObject({ level: 'stale', active: false, incident: 'none' });
    expect(await incidents(state)).toEqual([]);

    // 15 + 31 min: past the grace.
    await beat(state, 46 * 60);
    const opened = await check(state, '--expect-local');
    expect(opened.code).toBe(0);
    expect(opened.result).toMatchObject({ level: 'stale', incident: 'create' });
    const [incident] = await incidents(state);
    expect(incident).toMatchObject({ key: 'heartbeat-stale', state: 'open' });
    expect(incident?.body).toContain(TRACE_ID);

    await beat(state, 60);
    const fresh = await check(state, '--expect-local');
    expect(fresh.result).toMatchObject({ level: 'healthy', active: true, incident: 'close' });
    expect((await incidents(state))[0]?.state).toBe('closed');
  });

  it('files nothing without expect-local', async () => {
    const state = join(base, 'not-expected');
    await mkdir(state, { recursive: true });
    await beat(state, 3 * 3600);
    const run = await check(state);
    expect(run.result).toMatchObject({ level: 'stale', incident: 'none' });
    expect(await incidents(state)).toEqual([]);
  });

  it('heartbeat-source url without a URL: a warning naming the setting and active=false, never a crash', async () => {
    const state = join(base, 'url');
    const run = await check(state, '--heartbeat-source', 'url');
    expect(run.code).toBe(0);
    expect(run.result).toMatchObject({ level: 'dead', active: false });
    expect(String(run.result.reason)).toContain('heartbeat-url (LOCAL_HEARTBEAT_URL) is not set');
    expect(run.stderr).toMatch(/WARN.*heartbeat-url \(LOCAL_HEARTBEAT_URL\) is not set/);
  });
});
