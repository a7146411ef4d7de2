// End to end, as GitHub runs them: each bundled dist/<action>/index.js as its
// own node process, inputs as INPUT_* variables, outputs and the job summary
// read back from the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. GitHub itself
// is the fake server (its answers checked against GitHub's OpenAPI
// description after the file).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_LOG_COLUMNS } from '../../packages/core/src/model';
import { useFakeGitHub } from '../fakes/github-fixture';
import type { FakeGitHub } from '../fakes/github-server';
import {
  type ActionName,
  type ActionRun,
  commands,
  expectExit,
  initExampleState,
  readActionYml,
  removeScratch,
  runBundle,
  STACK_LINE,
  scratch,
  workspaceWithState,
} from './helpers';

const newFake = useFakeGitHub();
let template = '';

beforeAll(async () => {
  template = join(await scratch('autopilot-template-'), 'state');
  await initExampleState(template);
});
afterAll(removeScratch);

/** Every output the run wrote is declared in action.yml, and a finished run sets them all (given the inputs they need). */
async function expectDeclaredOutputs(name: ActionName, run: ActionRun) {
  const declared = Object.keys((await readActionYml(name)).outputs ?? {});
  expect(Object.keys(run.outputs).sort()).toEqual([...declared].sort());
}

/** A run that went well: exit 0, no error annotation (an expected 404 is not one), no stack trace. */
function expectClean(run: ActionRun): ActionRun {
  expectExit(run, 0);
  expect(commands(run.stdout, 'error')).toEqual([]);
  expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  return run;
}

function gitHubEnv(fake: FakeGitHub): Record<string, string> {
  return { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}` };
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const writes = (fake: FakeGitHub) => fake.requests.filter((r) => r.method !== 'GET');

describe('executor', () => {
  it('drafts the example queue in review mode: outputs, annotations and the items table', async () => {
    const cwd = await workspaceWithState(template);
    // As publish.yml calls it.
    const inputs = { mode: 'review', 'metrics-file': 'metrics/executor.prom', 'queue-backend': 'local' };
    const run = expectClean(await runBundle('executor', { cwd, inputs }));
    await expectDeclaredOutputs('executor', run);
    expect(run.outputs).toMatchObject({ mode: 'review', published: '0', failed: '0', conclusion: 'success' });
    const drafted = Number(run.outputs.drafted);
    const blocked = Number(run.outputs.blocked);
    expect(drafted).toBeGreaterThan(0);
    expect(blocked).toBeGreaterThan(0);
    expect(Number(run.outputs.processed)).toBe(drafted + blocked + Number(run.outputs.retried));

    // The summary: the counts and one row per item (row, item, outcome, gate, codes).
    expect(run.summary).toContain('## Executor — review run 4242');
    expect(run.summary).toMatch(/\| row \| item \| title \| outcome \| gate \|/);
    expect(run.summary).toMatch(/\| green-tea-brewing-guide \| .* \| drafted \| PASS \|/);
    expect(run.summary).toMatch(/\| tea-gift-guide \| .* \| blocked \| \w+ \| PLACEHOLDER \|/);
    // A blocked item is a warning annotation titled with the item and its row.
    expect(run.stdout).toMatch(/^::warning title=tea-gift-guide \(row \d+\)::.*PLACEHOLDER/m);

    // And the work is real: the queue rows moved and the drafts exist.
    const queue = await readFile(join(cwd, '.autopilot', 'queue.csv'), 'utf8');
    expect(queue).toMatch(/^green-tea-brewing-guide,.*AWAITING_APPROVAL/m);
    const runLog = await readFile(join(cwd, '.autopilot', 'run_log.csv'), 'utf8');
    expect(runLog.trim().split('\n')).toHaveLength(1 + Number(run.outputs.processed));
    // The metrics file the workflow uploads, relative to the workspace.
    expect(run.outputs['metrics-file']).toMatch(/metrics\/executor\.prom$/);
    expect(await readFile(join(cwd, 'metrics', 'executor.prom'), 'utf8')).toMatch(/^# (HELP|TYPE) /m);
  });

  it('refuses publish without the switches: runs as review and the summary says why', async () => {
    const cwd = await workspaceWithState(template);
    const run = expectClean(
      await runBundle('executor', {
        cwd,
        inputs: { mode: 'publish', 'max-items': '1', 'queue-backend': 'local' },
        env: { WF_ENABLED: 'false', ALLOW_PUBLISH: 'human_disabled' },
      }),
    );
    expect(run.outputs).toMatchObject({ mode: 'review', processed: '1', published: '0', drafted: '1' });
    expect(run.summary).toContain('## Executor — review run');
    expect(run.summary).toMatch(/\[!WARNING\][\s\S]*publish refused, running as review/);
    expect(run.summary).toContain('ALLOW_PUBLISH');
    expect(commands(run.stdout, 'warning').join('\n')).toMatch(/publish refused, running as review/);
  });

  it('rejects a bad input with one clear error naming it, exit code 2 (bad configuration), no stack trace', async () => {
    const cwd = await workspaceWithState(template);
    const run = expectExit(
      await runBundle('executor', { cwd, inputs: { 'max-items': 'abc', 'queue-backend': 'local' } }),
      2,
    );
    const errors = commands(run.stdout, 'error');
    expect(errors).toHaveLength(1);
    // Workflow commands escape newlines as %0A.
    expect(errors[0]).toContain('max-items (input max-items): "abc" is not valid');
    expect(errors[0]).toContain('expected a whole number from 1 to 1000');
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(run.outputs).toEqual({});
    // Nothing was claimed.
    const queue = await readFile(join(cwd, '.autopilot', 'queue.csv'), 'utf8');
    expect(queue).not.toContain('IN_PROGRESS');
    expect(queue).not.toContain('AWAITING_APPROVAL');
  });
});

describe('executor on the repository queue (queue-backend repo, the default in an action without sheets-id)', () => {
  it('drafts queue.csv from the state branch through the contents API, never writing the default branch', async () => {
    const fake = await newFake();
    const cwd = await workspaceWithState(template);
    // The team's queue, committed on the state branch; the checkout has none (a fresh runner).
    fake.commitFile('queue.csv', await readFile(join(cwd, '.autopilot', 'queue.csv'), 'utf8'), 'autopilot-state');
    await rm(join(cwd, '.autopilot', 'queue.csv'));
    const run = expectClean(
      await runBundle('executor', {
        cwd,
        inputs: { mode: 'review', 'max-items': '2', 'github-token': 'test-token' },
        env: gitHubEnv(fake),
      }),
    );
    expect(run.outputs).toMatchObject({ mode: 'review', processed: '2', conclusion: 'success' });
    expect(fake.fileText('queue.csv', 'autopilot-state')).toMatch(/AWAITING_APPROVAL|BLOCKED/);
    expect(fake.fileText('run_log.csv', 'autopilot-state')?.trim().split('\n')).toHaveLength(3);
    const branches = writes(fake).map((r) => (r.body as { branch?: string }).branch);
    expect(branches.length).toBeGreaterThan(0);
    expect(branches.every((b) => b === 'autopilot-state')).toBe(true);
  });

  it('without a token: exit 2, naming github-token and the repository queue', async () => {
    const cwd = await workspaceWithState(template);
    const run = expectExit(await runBundle('executor', { cwd, inputs: { mode: 'review' } }), 2);
    expect(commands(run.stdout, 'error').join('\n')).toMatch(/queue-backend is repo.*github-token is missing/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  });
});

describe('heartbeat-check', () => {
  const inputs = { 'heartbeat-file': 'local_heartbeat.json' };

  it('a missing heartbeat: inactive, dead, a warning, and the step succeeds', async () => {
    const run = expectClean(await runBundle('heartbeat-check', { inputs }));
    await expectDeclaredOutputs('heartbeat-check', run);
    expect(run.outputs).toMatchObject({ active: 'false', level: 'dead', 'age-seconds': '', incident: 'none' });
    expect(run.outputs.reason).toMatch(/missing/);
    expect(commands(run.stdout, 'warning').join('\n')).toMatch(/heartbeat missing .*local_heartbeat\.json/);
    expect(run.summary).toMatch(/## Heartbeat[\s\S]*\| dead \| no \|/);
  });

  it('a fresh heartbeat: active, with its owner and age', async () => {
    const cwd = await scratch();
    const now = Math.floor(Date.now() / 1000);
    const heartbeat = { timestamp: now - 60, iso: new Date((now - 60) * 1000).toISOString(), owner: 'laptop-ana' };
    await writeFile(join(cwd, 'local_heartbeat.json'), JSON.stringify({ ...heartbeat, mode: 'review' }));
    const run = expectClean(await runBundle('heartbeat-check', { cwd, inputs }));
    expect(run.outputs).toMatchObject({ active: 'true', level: 'healthy', owner: 'laptop-ana' });
    expect(Number(run.outputs['age-seconds'])).toBeGreaterThanOrEqual(60);
    expect(commands(run.stdout, 'notice').join('\n')).toMatch(/laptop-ana owns the pipeline/);
    expect(commands(run.stdout, 'warning')).toEqual([]);
  });

  it('a malformed heartbeat: inactive, and the warning names the field and what is expected', async () => {
    const cwd = await scratch();
    await writeFile(join(cwd, 'local_heartbeat.json'), JSON.stringify({ timestamp: 'yesterday', owner: 'x' }));
    const run = expectClean(await runBundle('heartbeat-check', { cwd, inputs }));
    expect(run.outputs.active).toBe('false');
    expect(run.outputs.level).toBe('dead');
    const warning = commands(run.stdout, 'warning').join('\n');
    expect(warning).toContain('"timestamp"');
    expect(warning).toContain('yesterday');
    expect(warning).toMatch(/expected/);
    expect(run.outputs.reason).toMatch(/malformed/);
  });

  it('a stale heartbeat while a local runner is expected opens the heartbeat-stale incident on GitHub', async () => {
    const fake = await newFake();
    const cwd = await scratch();
    const twoHoursAgo = Math.floor(Date.now() / 1000) - 2 * 3600;
    await writeFile(join(cwd, 'local_heartbeat.json'), JSON.stringify({ timestamp: twoHoursAgo, owner: 'laptop-ana' }));
    const run = expectClean(
      await runBundle('heartbeat-check', {
        cwd,
        inputs: { ...inputs, 'expect-local': 'true', 'github-token': 'test-token' },
        env: gitHubEnv(fake),
      }),
    );
    expect(run.outputs).toMatchObject({ active: 'false', level: 'stale', incident: 'create' });
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]?.state).toBe('open');
    expect(fake.issues[0]?.body).toContain('heartbeat-stale');
  });
});

describe('supervisor', () => {
  /** The example queue on the state branch, where the supervisor reads it in an action. */
  async function withQueue(fake: FakeGitHub) {
    fake.commitFile('queue.csv', await readFile(join(template, 'queue.csv'), 'utf8'), 'autopilot-state');
    return fake;
  }

  async function unstableFake() {
    const fake = await withQueue(await newFake());
    fake.variables.set('WF_ENABLED', { value: 'true', created_at: fake.now(), updated_at: fake.now() });
    fake.variables.set('ALLOW_PUBLISH', { value: 'human_enabled', created_at: fake.now(), updated_at: fake.now() });
    for (const minutes of [50, 30]) {
      fake.addRun({ display_title: 'publish (mode: publish)', conclusion: 'failure', created_at: minutesAgo(minutes) });
    }
    return fake;
  }
  const token = { 'github-token': 'test-token' };

  it('dry run: prints the decision and the planned effects, and changes nothing on GitHub', async () => {
    const fake = await unstableFake();
    const cwd = await workspaceWithState(template);
    const run = expectClean(
      await runBundle('supervisor', { cwd, inputs: { ...token, 'dry-run': 'true' }, env: gitHubEnv(fake) }),
    );
    await expectDeclaredOutputs('supervisor', run);
    expect(run.outputs).toMatchObject({ decision: 'disable_unstable', 'dry-run': 'true', 'dispatched-mode': '' });
    const effects = JSON.parse(run.outputs.effects ?? '') as { type: string; name?: string; value?: string }[];
    expect(effects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'set_variable', name: 'WF_ENABLED', value: 'false' }),
        expect.objectContaining({ type: 'set_variable', name: 'ALLOW_PUBLISH', value: 'human_disabled' }),
        expect.objectContaining({ type: 'open_incident' }),
      ]),
    );
    expect(run.summary).toContain('disable_unstable');
    // What it would do, as a warning: a dry run raises no false "pipeline disabled" error.
    expect(commands(run.stdout, 'warning').join('\n')).toMatch(/dry run: would disable the pipeline/);
    expect(writes(fake)).toEqual([]);
    expect(fake.variables.get('WF_ENABLED')?.value).toBe('true');
    expect(fake.variables.get('ALLOW_PUBLISH')?.value).toBe('human_enabled');
    expect(fake.issues).toEqual([]);
  });

  it('for real: disables the pipeline and opens the pipeline-unstable incident', async () => {
    const fake = await unstableFake();
    const cwd = await workspaceWithState(template);
    const run = expectExit(
      await runBundle('supervisor', { cwd, inputs: { ...token, 'dry-run': 'false' }, env: gitHubEnv(fake) }),
      0,
    );
    expect(run.outputs).toMatchObject({ decision: 'disable_unstable', 'dry-run': 'false' });
    // The one error annotation is the news itself, not an expected 404 or a stack.
    expect(commands(run.stdout, 'error')).toEqual([expect.stringMatching(/^pipeline disabled: /)]);
    expect(fake.variables.get('WF_ENABLED')?.value).toBe('false');
    expect(fake.variables.get('ALLOW_PUBLISH')?.value).toBe('human_disabled');
    const incident = fake.issues.find((issue) => issue.body?.includes('pipeline-unstable'));
    expect(incident?.state).toBe('open');
    expect(incident?.labels).toContain('incident');
    // No dispatch onto an unstable pipeline.
    expect(fake.requests.filter((r) => r.route.endsWith('/dispatches'))).toEqual([]);
  });

  it('dispatches publish when the switches are on and a review run succeeded recently', async () => {
    const fake = await withQueue(await newFake());
    fake.variables.set('WF_ENABLED', { value: 'true', created_at: fake.now(), updated_at: fake.now() });
    fake.variables.set('ALLOW_PUBLISH', { value: 'human_enabled', created_at: fake.now(), updated_at: fake.now() });
    fake.addRun({ display_title: 'publish (mode: review)', conclusion: 'success', created_at: minutesAgo(40) });
    const cwd = await workspaceWithState(template);
    const run = expectClean(await runBundle('supervisor', { cwd, inputs: token, env: gitHubEnv(fake) }));
    expect(run.outputs).toMatchObject({ decision: 'publish', 'dispatched-mode': 'publish', 'dry-run': 'false' });
    const dispatches = fake.requests.filter((r) => r.route.endsWith('/dispatches'));
    expect(dispatches).toHaveLength(1);
    expect(dispatches[0]?.body).toMatchObject({ ref: 'main', inputs: { mode: 'publish' } });
    expect(run.outputs['dispatched-run-url']).toMatch(/\/actions\/runs\/\d+$/);
    // The supervisor never turns a switch on.
    expect(fake.variables.get('WF_ENABLED')?.value).toBe('true');
    expect(fake.variables.get('ALLOW_PUBLISH')?.value).toBe('human_enabled');
  });
});

describe('reconcile', () => {
  const runLogCsv = (rows: Record<string, string>[]) =>
    stringify(rows, { header: true, columns: [...RUN_LOG_COLUMNS] });

  it('turns the run log on the state branch into a decision and writes the decision log there', async () => {
    const fake = await newFake();
    const cwd = await workspaceWithState(template);
    const base = { run_id: '41', trace_id: '41-1', mode: 'review', gate: 'PASS', attempts: '1', duration_ms: '1200' };
    const rows = [
      { ...base, at: minutesAgo(200), item_id: 'a', outcome: 'drafted', cost_usd: '0.01' },
      { ...base, at: minutesAgo(150), item_id: 'b', outcome: 'drafted', cost_usd: '0.02' },
      { ...base, at: minutesAgo(100), item_id: 'c', outcome: 'drafted', cost_usd: '0.03' },
      { ...base, at: minutesAgo(50), item_id: 'd', outcome: 'failed', gate: '', error_codes: 'LLM_TIMEOUT' },
      // Outside the 24 h window: not counted.
      { ...base, at: minutesAgo(60 * 30), item_id: 'e', outcome: 'failed', gate: '' },
    ];
    fake.commitFile('run_log.csv', runLogCsv(rows), 'autopilot-state');
    const run = expectClean(
      await runBundle('reconcile', { cwd, inputs: { 'github-token': 'test-token' }, env: gitHubEnv(fake) }),
    );
    await expectDeclaredOutputs('reconcile', run);
    expect(run.outputs).toMatchObject({
      decision: 'review_only',
      processed: '4',
      'failure-rate': '0.25',
      'cost-usd': '0.0600',
      changed: 'true',
    });
    expect(run.summary).toContain('review_only');
    expect(run.summary).toContain('LLM_TIMEOUT');
    expect(writes(fake).every((r) => (r.body as { branch?: string }).branch === 'autopilot-state')).toBe(true);
    const log = JSON.parse(fake.fileText('decision_log.json', 'autopilot-state') ?? '{}') as {
      last_decision?: { decision: string };
      history?: unknown[];
    };
    expect(log.last_decision?.decision).toBe('review_only');
    expect(log.history?.length).toBeGreaterThanOrEqual(1);
  });
});

describe('incident', () => {
  it('opens an issue for a key, then resolves it with a comment', async () => {
    const fake = await newFake();
    const common = { key: 'sheets-quota', 'github-token': 'test-token' };
    const opened = expectClean(
      await runBundle('incident', {
        inputs: {
          ...common,
          action: 'open',
          title: 'Sheets quota exceeded',
          body: 'The queue could not be read.',
          severity: 'high',
        },
        env: gitHubEnv(fake),
      }),
    );
    await expectDeclaredOutputs('incident', opened);
    expect(opened.outputs).toMatchObject({ 'action-taken': 'create', 'incident-number': '1', state: 'open' });
    expect(opened.outputs['incident-url']).toMatch(/\/issues\/1$/);
    expect(fake.issues[0]).toMatchObject({ title: expect.stringContaining('Sheets quota exceeded'), state: 'open' });
    expect(fake.issues[0]?.labels).toEqual(expect.arrayContaining(['incident']));
    expect(fake.issues[0]?.body).toContain('sheets-quota');
    expect(opened.summary).toContain('sheets-quota');

    const resolved = expectClean(
      await runBundle('incident', {
        inputs: { ...common, action: 'resolve', body: 'Quota back to normal.' },
        env: gitHubEnv(fake),
      }),
    );
    expect(resolved.outputs).toMatchObject({ 'action-taken': 'close', 'incident-number': '1', state: 'closed' });
    expect(fake.issues[0]?.state).toBe('closed');
    expect(fake.issues[0]?.comments.map((c) => c.body).join('\n')).toContain('Quota back to normal.');
  });

  it('without a token: a clear error naming github-token, exit code 2 (bad configuration)', async () => {
    const run = expectExit(await runBundle('incident', { inputs: { action: 'open', key: 'k', title: 't' } }), 2);
    expect(commands(run.stdout, 'error').join('\n')).toMatch(/github-token is missing/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  });
});
