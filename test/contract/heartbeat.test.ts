import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubHeartbeatFile, GitHubVariableHeartbeat } from '../../packages/core/src/adapters/github';
import { FileHeartbeat } from '../../packages/core/src/adapters/local/heartbeat-file';
import { UrlHeartbeatSource } from '../../packages/core/src/adapters/local/heartbeat-url';
import { useFakeGitHub } from '../fakes/github-fixture';
import { fakeGitHubOptions } from '../fakes/github-server';
import { describeHeartbeatContract } from './heartbeat.contract';

const newFake = useFakeGitHub();

describeHeartbeatContract('FileHeartbeat', async () => {
  const stateDir = await mkdtemp(join(tmpdir(), 'autopilot-hb-'));
  return {
    store: new FileHeartbeat({ stateDir }),
    writeRaw: (text) => writeFile(join(stateDir, 'local_heartbeat.json'), text),
    cleanup: () => rm(stateDir, { recursive: true, force: true }),
  };
});

describeHeartbeatContract('GitHubHeartbeatFile (fake GitHub)', async () => {
  const fake = await newFake();
  return {
    store: new GitHubHeartbeatFile(fakeGitHubOptions(fake)),
    writeRaw: async (text) => fake.setFile('local_heartbeat.json', text, 'autopilot-state'),
    cleanup: () => fake.close(),
  };
});

describeHeartbeatContract('GitHubVariableHeartbeat (fake GitHub)', async () => {
  const fake = await newFake();
  return {
    store: new GitHubVariableHeartbeat(fakeGitHubOptions(fake)),
    writeRaw: async (text) => {
      fake.variables.set('LOCAL_HEARTBEAT', { value: text, created_at: fake.now(), updated_at: fake.now() });
    },
    cleanup: () => fake.close(),
  };
});

describe('GitHub heartbeat sources when GitHub fails', () => {
  it('reads a server error as unreachable, never a throw', async () => {
    const fake = await newFake();
    fake.fail('GET', '/repos/{owner}/{repo}/actions/variables/{name}', 403, { times: 1 });
    const read = await new GitHubVariableHeartbeat(fakeGitHubOptions(fake)).read();
    expect(read).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(read.ok ? '' : read.detail).toContain('HTTP 403');
    await fake.close();
  });
});

describe('UrlHeartbeatSource', () => {
  let server: Server;
  let base = '';
  const answers: Record<string, { status: number; body: string; delayMs?: number }> = {
    '/ok': { status: 200, body: JSON.stringify({ timestamp: 1_767_600_000, owner: 'laptop', mode: 'review' }) },
    '/broken': { status: 200, body: '<html>not json</html>' },
    '/bad-field': { status: 200, body: JSON.stringify({ timestamp: 'yesterday', owner: 'laptop' }) },
    '/error': { status: 502, body: 'bad gateway' },
    '/slow': { status: 200, body: '{}', delayMs: 2000 },
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const answer = answers[new URL(req.url ?? '/', 'http://x').pathname] ?? { status: 404, body: '' };
      const timer = setTimeout(() => {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body);
      }, answer.delayMs ?? 0);
      res.on('close', () => clearTimeout(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const read = (path: string, timeoutMs = 1000) =>
    new UrlHeartbeatSource({ url: `${base}${path}?token=s3cret`, timeoutMs }).read();

  it('reads a good heartbeat, and names the URL without its query', async () => {
    const result = await read('/ok');
    expect(result).toMatchObject({
      ok: true,
      heartbeat: { timestamp: 1_767_600_000, owner: 'laptop', mode: 'review' },
    });
    expect(result.source).toBe(`url ${base}/ok`);
  });

  it('reports a body that is not JSON as malformed', async () => {
    expect(await read('/broken')).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('names the bad field', async () => {
    const result = await read('/bad-field');
    expect(result).toMatchObject({ ok: false, reason: 'malformed' });
    expect(result.ok ? '' : result.detail).toContain('timestamp');
  });

  it('reports a non-2xx answer as unreachable with the status', async () => {
    const result = await read('/error');
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(result.ok ? '' : result.detail).toContain('HTTP 502');
  });

  it('reports a timeout as unreachable', async () => {
    const result = await read('/slow', 100);
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(result.ok ? '' : result.detail).toContain('timeout');
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await new UrlHeartbeatSource({ url: `http://127.0.0.1:${port}/hb`, timeoutMs: 1000 }).read();
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(result.ok ? '' : result.detail).toContain('network error');
  });
});
