import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitHubVariableStore } from '../../packages/core/src/adapters/github';
import {
  DEFAULT_VARIABLES,
  initVariables,
  JsonVariableStore,
} from '../../packages/core/src/adapters/local/variables-json';
import { UserError } from '../../packages/core/src/errors';
import { useFakeGitHub } from '../fakes/github-fixture';
import { fakeGitHubOptions } from '../fakes/github-server';
import { describeVariableStoreContract } from './variables.contract';

const tempDir = () => mkdtemp(join(tmpdir(), 'autopilot-vars-'));
const newFake = useFakeGitHub();

describeVariableStoreContract('JsonVariableStore', async () => {
  const stateDir = await tempDir();
  return { store: new JsonVariableStore({ stateDir }), cleanup: () => rm(stateDir, { recursive: true, force: true }) };
});

describeVariableStoreContract('GitHubVariableStore (fake GitHub)', async () => {
  const fake = await newFake();
  return { store: new GitHubVariableStore(fakeGitHubOptions(fake)), cleanup: () => fake.close() };
});

describe('JsonVariableStore on disk', () => {
  it('init writes the safe defaults once and never overwrites a human change', async () => {
    const stateDir = await tempDir();
    expect(await initVariables(stateDir)).toBe(true);
    expect(JSON.parse(await readFile(join(stateDir, 'variables.json'), 'utf8'))).toEqual(DEFAULT_VARIABLES);
    const store = new JsonVariableStore({ stateDir });
    await store.set('ALLOW_PUBLISH', 'human_enabled');
    expect(await initVariables(stateDir)).toBe(false);
    expect(await store.get('ALLOW_PUBLISH')).toBe('human_enabled');
    expect(await store.get('WF_ENABLED')).toBe('true');
    await rm(stateDir, { recursive: true });
  });

  it('names the file when it is not valid JSON', async () => {
    const stateDir = await tempDir();
    await writeFile(join(stateDir, 'variables.json'), '{"WF_ENABLED": tru');
    const error = await new JsonVariableStore({ stateDir }).get('WF_ENABLED').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(join(stateDir, 'variables.json'));
    await rm(stateDir, { recursive: true });
  });

  it('names the variable whose value is not text', async () => {
    const stateDir = await tempDir();
    await writeFile(join(stateDir, 'variables.json'), '{"WF_ENABLED": true}');
    const error = await new JsonVariableStore({ stateDir }).get('WF_ENABLED').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/variable "WF_ENABLED" is true; expected text/);
    await rm(stateDir, { recursive: true });
  });

  it('keeps every change when many sets run at once', async () => {
    const stateDir = await tempDir();
    const store = new JsonVariableStore({ stateDir });
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.set(`V${i}`, String(i))));
    const all = await store.readAll();
    expect(Object.keys(all).sort()).toEqual(['V0', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7']);
    await rm(stateDir, { recursive: true });
  });
});
