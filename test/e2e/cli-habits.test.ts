// The CLI as people use it, end to end (real processes from source): a
// mistyped switch is refused and nothing is written, a flag the command does
// not take is refused, help and version answer, and a plain-words request
// becomes the rows it says, shown first with --dry-run.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rootPackage from '../../package.json';
import { cliOk, readQueue, removeScratchDir, runCli, STACK_LINE } from './helpers';

let base: string;
let state: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-e2e-habits-'));
  state = join(base, 'state');
  await cliOk(['init', '--state', state]);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
  await removeScratchDir();
});

describe('autopilot CLI habits', () => {
  it('refuses a mistyped switch and a value it does not allow: exit 2, the closest name, nothing written', async () => {
    const before = await readFile(join(state, 'variables.json'), 'utf8');
    const [typo, value] = await Promise.all([
      runCli(['vars', 'set', 'ALLOW_PUBLSH', 'human_enabled', '--state', state]),
      runCli(['vars', 'set', 'ALLOW_PUBLISH', 'enabled', '--state', state]),
    ]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean ALLOW_PUBLISH?');
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('expected human_enabled or human_disabled');
    for (const run of [typo, value]) expect(run.stderr).not.toMatch(STACK_LINE);
    expect(await readFile(join(state, 'variables.json'), 'utf8')).toBe(before);
  });

  it('refuses start --mode publish instead of running review', async () => {
    const queue = await readFile(join(state, 'queue.csv'), 'utf8');
    const run = await runCli(['start', '--mode', 'publish', '--state', state]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('start does not take --mode');
    expect(await readFile(join(state, 'queue.csv'), 'utf8')).toBe(queue);
  });

  it('answers --version and <command> --help', async () => {
    expect((await cliOk(['--version'])).stdout.trim()).toBe(rootPackage.version);
    const help = await cliOk(['executor', '--help']);
    expect(help.stdout).toMatch(/--max-items VALUE +.*default 5/);
  });

  it('adds the rows a plain-words request says, after showing them with --dry-run', async () => {
    const request = 'Earl Grey history, high priority, publish next Friday';
    const exampleIds = new Set((await readQueue(state)).records.map((r) => r.id));
    const dry = await cliOk(['queue', 'add', '--request', request, '--dry-run', '--state', state]);
    expect(dry.stdout).toMatch(
      /would add earl-grey-history: Earl Grey history \(priority P1, publish_at \d{4}-\d{2}-\d{2}\)/,
    );
    expect((await readQueue(state)).records.map((r) => r.id)).not.toContain('earl-grey-history');

    await cliOk(['queue', 'add', '--request', request, '--state', state]);
    const { records } = await readQueue(state);
    // The rows this request added (the example queue has Earl Grey rows of its own).
    const added = records.filter((r) => !exampleIds.has(r.id) && /earl|priority|friday/.test(r.id ?? ''));
    expect(added).toHaveLength(1);
    const [row] = added;
    expect(row).toMatchObject({ id: 'earl-grey-history', title: 'Earl Grey history', priority: 'P1' });
    const publishAt = new Date(`${row?.publish_at}T00:00:00Z`);
    expect(publishAt.getUTCDay()).toBe(5); // a Friday
    expect(publishAt.getTime()).toBeGreaterThan(Date.now());
  });
});
