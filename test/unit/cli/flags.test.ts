// Each command declares its flags: `--help` lists them with their defaults
// and allowed values (from the settings schema the actions use), and a flag
// the command does not take is refused with exit 2, naming flag and command.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUTS as EXECUTOR_INPUTS } from '../../../actions/executor/src/inputs';
import rootPackage from '../../../package.json';
import { COMMANDS, specOf } from '../../../packages/cli/src/commands';
import { acceptedFlags } from '../../../packages/cli/src/help';
import { SETTINGS, type Setting } from '../../../packages/core/src/config';
import { runMain } from './run-main';

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-flags-'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('a flag the command does not take', () => {
  it('start --mode publish is refused (the supervisor picks the mode), and nothing is created', async () => {
    const state = join(base, 'never-created');
    const run = await runMain(['start', '--mode', 'publish', '--state', state]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('start does not take --mode');
    expect(run.stderr).toContain('autopilot start --help');
    await expect(stat(state)).rejects.toThrow();
  });

  it.each([
    [['queue', 'list', '--priority', 'P1'], 'queue list does not take --priority'],
    [['queue', 'approve', '--id', 'x', '--request', 'y'], 'queue approve does not take --request'],
    [['vars', 'list', '--max-items', '3'], 'vars does not take --max-items'],
    [['reconcile', '--mode', 'publish', '--dry-run', 'false'], 'reconcile does not take --mode'],
    [['supervisor', '--mode', 'publish'], 'supervisor does not take --mode'],
    [['incident', 'list', '--release'], 'incident list does not take --release'],
    [['--bogus', 'executor'], 'executor does not take --bogus'],
  ])('%j: exit 2, "%s"', async (argv, message) => {
    const run = await runMain([...argv, '--state', join(base, 'x')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('still takes the flags it declares, before or after the command', async () => {
    const accepted = acceptedFlags(specOf(COMMANDS.executor as never));
    for (const key of EXECUTOR_INPUTS) expect(accepted.has(key), key).toBe(true);
    expect(acceptedFlags(specOf(COMMANDS.queue as never), 'add').has('request')).toBe(true);
    expect(acceptedFlags(specOf(COMMANDS.queue as never), 'list').has('request')).toBe(false);
  });

  it('every setting a CLI user can give is taken by some command', () => {
    // Read by the actions only: the kill-switch as the workflow passes it, and the incident action's input.
    const actionOnly = new Set(['wf-enabled', 'allow-publish', 'action']);
    const taken = new Set(Object.values(COMMANDS).flatMap((c) => [...acceptedFlags(specOf(c))]));
    const orphans = (Object.values(SETTINGS) as Setting<unknown>[])
      .map((s) => s.key)
      .filter((key) => !actionOnly.has(key) && !taken.has(key));
    expect(orphans).toEqual([]);
  });
});

describe('--help and --version', () => {
  it('executor --help lists its settings with allowed values, defaults and env names', async () => {
    const run = await runMain(['executor', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--mode review\|publish +.*\(review or publish; default review; env AUTOPILOT_MODE\)/);
    expect(run.stdout).toMatch(/--max-items VALUE +.*a whole number from 1 to 1000; default 5; env MAX_ITEMS/);
    expect(run.stdout).toMatch(/--require-approval +.*true or false; default \w+; env REQUIRE_APPROVAL/);
    for (const key of EXECUTOR_INPUTS) expect(run.stdout, key).toContain(`--${key}`);
    // Another command's flags are not listed.
    expect(run.stdout).not.toContain('--failure-threshold');
    expect(run.stdout).not.toMatch(/--request "TEXT"/);
  });

  it('queue --help lists each subcommand with its own flags', async () => {
    const run = await runMain(['queue', '--help']);
    expect(run.stdout).toContain('autopilot queue add');
    expect(run.stdout).toMatch(/--request "TEXT" +plain words/);
    expect(run.stdout).toMatch(/--dry-run +show the rows it would add, and write nothing/);
    expect(run.stdout).not.toContain('--max-items');
  });

  it('help COMMAND is COMMAND --help; the main help names every command', async () => {
    expect((await runMain(['help', 'reconcile'])).stdout).toBe((await runMain(['reconcile', '--help'])).stdout);
    const main = await runMain(['--help']);
    for (const name of Object.keys(COMMANDS)) expect(main.stdout).toContain(`  ${name}`);
  });

  it('--version prints the package version', async () => {
    const run = await runMain(['--version']);
    expect(run).toEqual({ code: 0, stdout: rootPackage.version, stderr: '' });
  });
});
