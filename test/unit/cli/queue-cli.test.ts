// `autopilot queue` and the other reading commands on the command line:
// plain-words intake with --dry-run, a state folder that does not exist,
// an inverted --since/--until, snake_case JSON, and incident list.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentsByKey } from '../../../packages/cli/src/commands/incident';
import { snakeCaseKeys } from '../../../packages/cli/src/context';
import type { Incident } from '../../../packages/core/src/model';
import { runMain } from './run-main';

let base: string;
let state: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-queue-cli-'));
  state = join(base, 'state');
  await mkdir(state);
  await writeFile(join(state, 'queue.csv'), 'id,title,status\nexisting,An existing row,PENDING\n');
});
afterAll(() => rm(base, { recursive: true, force: true }));

const queueText = () => readFile(join(state, 'queue.csv'), 'utf8');

describe('queue add --request in plain words', () => {
  const request =
    'Earl Grey history, high priority, publish 2027-01-15; Chai at home: spices and milk, keywords: chai; masala';

  it('--dry-run shows the rows it would add and writes nothing', async () => {
    const before = await queueText();
    const run = await runMain(['queue', 'add', '--request', request, '--dry-run', '--state', state]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('would add earl-grey-history: Earl Grey history (priority P1, publish_at 2027-01-15)');
    expect(run.stdout).toContain(
      'would add chai-at-home: Chai at home (keywords chai;masala, brief "spices and milk")',
    );
    expect(run.stdout).toContain('nothing was written');
    expect(await queueText()).toBe(before);
  });

  it('adds one row per topic with what the words said; no row named after a priority or a date', async () => {
    const run = await runMain(['queue', 'add', '--request', request, '--json', '--state', state]);
    expect(run.code).toBe(0);
    const added = JSON.parse(run.stdout) as Array<Record<string, string>>;
    expect(added).toMatchObject([
      { id: 'earl-grey-history', title: 'Earl Grey history', priority: 'P1', publish_at: '2027-01-15' },
      { id: 'chai-at-home', title: 'Chai at home', brief: 'spices and milk', keywords: 'chai;masala' },
    ]);
    const text = await queueText();
    expect(text).not.toContain('high-priority');
    expect(text).not.toContain('publish-2027');
  });
});

describe('reading a state folder that does not exist', () => {
  it.each([[['queue', 'list']], [['queue', 'approve', '--id', 'x']], [['vars', 'list']], [['incident', 'list']]])(
    '%j says so, exits 2, and creates nothing',
    async (argv) => {
      const missing = join(base, 'typo');
      const run = await runMain([...argv, '--state', missing]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`state folder ${missing} does not exist`);
      expect(run.stdout).not.toContain('No rows.');
      await expect(stat(missing)).rejects.toThrow();
    },
  );
});

describe('--since after --until', () => {
  it.each([[['incident', 'list']], [['export']]])('%j is refused with exit 2', async (argv) => {
    const run = await runMain([...argv, '--since', '2026-12-01', '--until', '2026-11-01', '--state', state]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--since "2026-12-01" is after --until "2026-11-01"');
  });
});

describe('JSON keys in one casing', () => {
  it('turns camelCase keys into snake_case, deeply, and leaves codes and snake_case alone', () => {
    expect(
      snakeCaseKeys({
        passRate: 1,
        decisionChanged: true,
        p95DurationMs: 3,
        run_id: 'r',
        needHuman: [{ itemId: 'a' }],
        codes: { BODY_TOO_SHORT: 2 },
        at: new Date(0),
      }),
    ).toEqual({
      pass_rate: 1,
      decision_changed: true,
      p95_duration_ms: 3,
      run_id: 'r',
      need_human: [{ item_id: 'a' }],
      codes: { BODY_TOO_SHORT: 2 },
      at: new Date(0),
    });
  });

  it('reconcile --json and heartbeat check --json have no camelCase key', async () => {
    for (const argv of [['reconcile'], ['heartbeat', 'check']]) {
      const run = await runMain([...argv, '--json', '--state', state]);
      expect(run.code, run.stderr).toBe(0);
      const keys: string[] = [];
      JSON.parse(run.stdout, (key, value) => {
        keys.push(key);
        return value;
      });
      expect(keys.filter((k) => /[a-z][A-Z]/.test(k))).toEqual([]);
    }
  });
});

describe('incident list', () => {
  const at = (iso: string) => iso;
  const incident = (over: Partial<Incident>): Incident => ({
    key: 'dead-letter',
    id: '1',
    state: 'open',
    title: 'Rows failed',
    severity: 'high',
    labels: [],
    created_at: at('2026-11-30T00:00:00Z'),
    updated_at: at('2026-11-30T00:00:00Z'),
    ...over,
  });
  const now = new Date('2026-12-02T12:00:00Z');
  const since = new Date(now.getTime() - 7 * 86_400_000);

  it('shows each key once (its newest incident): open first, then those resolved since', () => {
    const list = incidentsByKey(
      [
        incident({
          key: 'cost-budget',
          id: '2',
          state: 'closed',
          updated_at: '2026-12-01T00:00:00Z',
          closed_at: '2026-12-01T00:00:00Z',
        }),
        incident({
          key: 'dead-letter',
          id: '3',
          state: 'closed',
          updated_at: '2026-10-01T00:00:00Z',
          closed_at: '2026-10-01T00:00:00Z',
        }),
        incident({
          key: 'pipeline-unstable',
          id: '4',
          state: 'closed',
          updated_at: '2026-11-01T00:00:00Z',
          closed_at: '2026-11-01T00:00:00Z',
        }),
        incident({ key: 'pipeline-unstable', id: '5', state: 'open', updated_at: '2026-12-02T00:00:00Z' }),
      ],
      since,
    );
    expect(list.map((i) => [i.key, i.id, i.state])).toEqual([
      ['pipeline-unstable', '5', 'open'],
      ['cost-budget', '2', 'closed'],
    ]);
  });

  it('lists the local incidents as a table and as JSON', async () => {
    const opened = await runMain([
      'incident',
      'open',
      '--key',
      'dead-letter',
      '--title',
      'Rows \u001b[31mfailed',
      '--state',
      state,
    ]);
    expect(opened.code, opened.stderr).toBe(0);
    const table = await runMain(['incident', 'list', '--state', state]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/dead-letter +open +medium/);
    // A control character in a title is shown, never sent to the terminal.
    expect(table.stdout).toContain('Rows \\x1b[31mfailed');
    expect(table.stdout).not.toContain('\u001b');
    const json = JSON.parse((await runMain(['incident', 'list', '--json', '--state', state])).stdout);
    expect(json).toMatchObject([{ key: 'dead-letter', state: 'open' }]);
  });
});
