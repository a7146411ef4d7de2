// Where the heartbeat is read from (and written to): the checkout's
// local_heartbeat.json for the actions and a pushing local runner, the state
// folder for the purely local CLI; and a source that cannot be built reads as
// a reason naming the setting instead of throwing.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileHeartbeat } from '../../../packages/core/src/adapters/local/heartbeat-file';
import { loadConfig } from '../../../packages/core/src/config';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { checkHeartbeat } from '../../../packages/core/src/services/heartbeat-check';
import { buildHeartbeatSource } from '../../../packages/core/src/wiring/control-plane';
import { heartbeatFilePath, statePaths } from '../../../packages/core/src/wiring/paths';

const paths = statePaths('/tmp/autopilot-state');
const NOW = new Date('2025-03-01T12:00:00Z');
const configOf = (inputs: Record<string, string>) => loadConfig({ inputs, env: {} });

describe('heartbeatFilePath', () => {
  it('is <state>/local_heartbeat.json for the purely local CLI', () => {
    expect(heartbeatFilePath(undefined, paths, false)).toBe('/tmp/autopilot-state/local_heartbeat.json');
  });

  it('is local_heartbeat.json at the repository root (the working directory) when shared through git', () => {
    expect(heartbeatFilePath(undefined, paths, true)).toBe(resolve('local_heartbeat.json'));
  });

  it('is heartbeat-file when set, relative to the working directory', () => {
    expect(heartbeatFilePath('ops/hb.json', paths, false)).toBe(resolve('ops/hb.json'));
    expect(heartbeatFilePath('ops/hb.json', paths, true)).toBe(resolve('ops/hb.json'));
  });
});

describe('buildHeartbeatSource never throws', () => {
  const read = async (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => {
    const log = createMemoryLogger();
    const source = buildHeartbeatSource(configOf(inputs), { paths, env, log }, { inCheckout: true });
    return { outcome: await checkHeartbeat({ source, log }, { now: NOW }), log };
  };

  it('heartbeat-source url without a URL: inactive, and the warning names the setting', async () => {
    const { outcome, log } = await read({ 'heartbeat-source': 'url' });
    expect(outcome.classification).toMatchObject({ active: false, level: 'dead' });
    expect(outcome.classification.reason).toContain('heartbeat-url (LOCAL_HEARTBEAT_URL) is not set');
    expect(log.events.some((e) => e.level === 'warn' && e.message.includes('heartbeat-url'))).toBe(true);
  });

  it('heartbeat-source variable without LOCAL_HEARTBEAT nor a token: inactive, saying github-token is missing', async () => {
    const { outcome } = await read({ 'heartbeat-source': 'variable' });
    expect(outcome.classification.active).toBe(false);
    expect(outcome.classification.reason).toMatch(/LOCAL_HEARTBEAT.*github-token is missing/);
  });

  it('heartbeat-source file reads the checkout file in an action, the state file in the local CLI', () => {
    const log = createMemoryLogger();
    const pathOf = (inCheckout?: boolean, inputs: Record<string, string> = {}) =>
      (buildHeartbeatSource(configOf(inputs), { paths, env: {}, log }, { inCheckout }) as FileHeartbeat).path;
    expect(pathOf(true)).toBe(resolve('local_heartbeat.json'));
    expect(pathOf(undefined)).toBe(paths.heartbeat);
    // The CLI's default follows heartbeat-push: what the local runner pushes is what it checks.
    expect(pathOf(undefined, { 'heartbeat-push': 'true' })).toBe(resolve('local_heartbeat.json'));
  });
});
