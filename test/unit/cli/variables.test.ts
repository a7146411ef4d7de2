// The switches: one list of names and values (domain/variables.ts), and
// `vars set` refusing what is not on it — exit 2, the closest name
// suggested, nothing written.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkVariable,
  closestName,
  editDistance,
  SWITCH_NAMES,
  SWITCHES,
} from '../../../packages/core/src/domain/variables';
import { runMain } from './run-main';

describe('checkVariable', () => {
  it.each([
    ['WF_ENABLED', 'true'],
    ['WF_ENABLED', 'false'],
    ['ALLOW_PUBLISH', 'human_enabled'],
    ['ALLOW_PUBLISH', 'human_disabled'],
    ['REQUIRE_APPROVAL', 'true'],
    ['REQUIRE_APPROVAL', 'false'],
  ])('accepts %s=%s', (name, value) => {
    expect(checkVariable(name, value)).toEqual({ ok: true, name, value });
  });

  it('refuses an unknown name, suggesting the closest known one', () => {
    const check = checkVariable('ALLOW_PUBLSH', 'human_enabled');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toMatch(/unknown variable "ALLOW_PUBLSH"; did you mean ALLOW_PUBLISH\?/);
    expect(!check.ok && check.message).toContain('WF_ENABLED, ALLOW_PUBLISH, REQUIRE_APPROVAL');
  });

  it('suggests nothing for a name far from every switch', () => {
    const check = checkVariable('SHOPIFY_TOKEN', 'x');
    expect(!check.ok && check.message).not.toContain('did you mean');
  });

  it.each([
    ['WF_ENABLED', 'yes'],
    ['WF_ENABLED', 'TRUE'],
    ['ALLOW_PUBLISH', 'true'],
    ['ALLOW_PUBLISH', 'enabled'],
    ['REQUIRE_APPROVAL', 'on'],
    ['REQUIRE_APPROVAL', ''],
  ])('refuses %s=%j, naming the allowed values', (name, value) => {
    const check = checkVariable(name, value);
    expect(check.ok).toBe(false);
    const allowed = SWITCHES[name as keyof typeof SWITCHES].values.join(' or ');
    expect(!check.ok && check.message).toContain(`expected ${allowed}`);
  });

  it('points at the right spelling of a value typed in the wrong case', () => {
    const check = checkVariable('ALLOW_PUBLISH', 'Human_Enabled');
    expect(!check.ok && check.message).toContain('did you mean human_enabled?');
  });
});

describe('one list of switches', () => {
  it('holds every variable the executor and the supervisor read, so vars set accepts what they honour', () => {
    const root = join(import.meta.dirname, '../../..');
    const read = ['packages/core/src/services/executor/run.ts', 'packages/core/src/services/supervisor.ts'].flatMap(
      (file) => [...readFileSync(join(root, file), 'utf8').matchAll(/vars\.get\('([A-Z_]+)'\)/g)].map((m) => m[1]),
    );
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(SWITCH_NAMES, name).toContain(name);
  });
});

describe('closestName and editDistance', () => {
  it('measures insertions, deletions and substitutions', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ALLOW_PUBLSH', 'ALLOW_PUBLISH')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('matches regardless of case, and only within a typo’s reach', () => {
    expect(closestName('wf_enabled', ['WF_ENABLED', 'ALLOW_PUBLISH'])).toBe('WF_ENABLED');
    expect(closestName('REQUIRE_APROVAL', ['WF_ENABLED', 'REQUIRE_APPROVAL'])).toBe('REQUIRE_APPROVAL');
    expect(closestName('XYZ', ['WF_ENABLED', 'ALLOW_PUBLISH'])).toBeUndefined();
  });
});

describe('autopilot vars', () => {
  let state: string;
  const before = JSON.stringify({ WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled' });

  beforeEach(async () => {
    state = await mkdtemp(join(tmpdir(), 'autopilot-vars-'));
    await writeFile(join(state, 'variables.json'), before);
  });
  afterEach(() => rm(state, { recursive: true, force: true }));

  it('refuses a mistyped name with exit 2, suggests the switch, and writes nothing', async () => {
    const run = await runMain(['vars', 'set', 'ALLOW_PUBLSH', 'human_enabled', '--state', state]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean ALLOW_PUBLISH?');
    expect(await readFile(join(state, 'variables.json'), 'utf8')).toBe(before);
  });

  it('refuses a value outside the switch’s values with exit 2, and writes nothing', async () => {
    const run = await runMain(['vars', 'set', 'WF_ENABLED', 'maybe', '--state', state]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('WF_ENABLED "maybe" is not valid; expected true or false');
    expect(await readFile(join(state, 'variables.json'), 'utf8')).toBe(before);
  });

  it('sets REQUIRE_APPROVAL, and lists every switch', async () => {
    expect((await runMain(['vars', 'set', 'REQUIRE_APPROVAL', 'true', '--state', state])).code).toBe(0);
    const stored = JSON.parse(await readFile(join(state, 'variables.json'), 'utf8'));
    expect(stored).toEqual({ WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled', REQUIRE_APPROVAL: 'true' });
    const list = await runMain(['vars', 'list', '--json', '--state', state]);
    expect(JSON.parse(list.stdout)).toEqual(stored);
  });

  it('refuses a state folder that does not exist, and does not create it', async () => {
    const missing = join(state, 'nope');
    const run = await runMain(['vars', 'set', 'WF_ENABLED', 'false', '--state', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`state folder ${missing} does not exist`);
    await expect(readFile(join(missing, 'variables.json'))).rejects.toThrow();
  });
});
