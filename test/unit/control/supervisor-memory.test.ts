import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  jsonFileMemory,
  parseNoticeState,
  variableMemory,
} from '../../../packages/core/src/services/supervisor-memory';
import { FakeVars } from './fakes';

const STATE = { code: 'publish' as const, incidents: ['dead-letter'], at: '2025-03-01T12:00:00.000Z' };

describe('supervisor memory', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the last notice in a JSON file, creating its folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sup-mem-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'supervisor.json');
    const memory = jsonFileMemory(path);
    expect(await memory.load()).toBeUndefined();
    await memory.save(STATE);
    expect(await memory.load()).toEqual(STATE);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(STATE);
  });

  it('forgets an unreadable file instead of failing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sup-mem-'));
    dirs.push(dir);
    const path = join(dir, 'supervisor.json');
    await writeFile(path, '{broken');
    expect(await jsonFileMemory(path).load()).toBeUndefined();
  });

  it('keeps the last notice in a repository variable, never in a kill switch', async () => {
    const vars = new FakeVars();
    const memory = variableMemory(vars);
    await memory.save(STATE);
    expect(vars.writes.map(([name]) => name)).toEqual(['AUTOPILOT_SUPERVISOR_NOTICE']);
    expect(await memory.load()).toEqual(STATE);
    expect(() => variableMemory(vars, 'WF_ENABLED')).toThrow(/kill-switch/);
    expect(() => variableMemory(vars, 'ALLOW_PUBLISH')).toThrow(/kill-switch/);
  });

  const bad: [string, string | undefined][] = [
    ['nothing', undefined],
    ['blank', ' '],
    ['not JSON', 'nope'],
    ['an unknown code', '{"code":"launch","incidents":[],"at":"2025-03-01T00:00:00Z"}'],
    ['no incidents list', '{"code":"publish","at":"2025-03-01T00:00:00Z"}'],
    ['a bad time', '{"code":"publish","incidents":[],"at":"soon"}'],
  ];
  it.each(bad)('parseNoticeState ignores %s', (_name, text) => {
    expect(parseNoticeState(text)).toBeUndefined();
  });
});
