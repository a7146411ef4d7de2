// The workflows' hardening and their agreements with the code, read from the
// YAML: third-party actions pinned by commit SHA, explicit permissions per
// job, no `${{ }}` of inputs, events or secrets inside `run:` scripts, the
// variable-writing / dispatching token from AUTOPILOT_TOKEN, publish.yml's
// concurrency and run-name (parsed by the supervisor's parseRunMode), and
// publish.yml and supervisor.yml reading the same heartbeat.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRunMode } from '../../../packages/core/src/adapters/github/runs';

const DIR = join(import.meta.dirname, '../../../.github/workflows');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  steps?: Step[];
}
interface Workflow {
  'run-name'?: string;
  on: Record<string, unknown>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const FILES = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));
const workflows = new Map(FILES.map((name) => [name, parse(readFileSync(join(DIR, name), 'utf8')) as Workflow]));

function workflow(name: string): Workflow {
  const found = workflows.get(name);
  if (!found) throw new Error(`.github/workflows/${name} is missing`);
  return found;
}

function steps(wf: Workflow): { job: string; step: Step }[] {
  return Object.entries(wf.jobs).flatMap(([job, j]) => (j.steps ?? []).map((step) => ({ job, step })));
}

function stepUsing(wf: Workflow, action: string): Step {
  const found = steps(wf).find(({ step }) => step.uses === action)?.step;
  if (!found) throw new Error(`no step uses ${action}`);
  return found;
}

// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
const AUTOPILOT_TOKEN = '${{ secrets.AUTOPILOT_TOKEN }}';
/** Expressions whose values come from outside the repository's code: never interpolated into a shell script. */
const UNSAFE_IN_RUN = /\$\{\{[^}]*\b(inputs\.|github\.event\.|secrets\.|github\.head_ref)/;
/** Shell commands that write repository variables or dispatch workflows. */
const WRITES_VARIABLES_OR_DISPATCHES =
  /\bgh\s+(variable\s+set|workflow\s+run)\b|actions\/(variables|workflows\/[^\s]+\/dispatches)/;

describe('every workflow is hardened', () => {
  it('finds the three workflows', () => {
    expect(FILES.sort()).toEqual(['ci.yml', 'publish.yml', 'supervisor.yml']);
  });

  for (const [name, wf] of workflows) {
    describe(name, () => {
      it('pins every third-party action by a full 40-hex commit SHA', () => {
        const unpinned = steps(wf)
          .map(({ step }) => step.uses)
          .filter((uses): uses is string => uses !== undefined && !uses.startsWith('./'))
          .filter((uses) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses));
        expect(unpinned).toEqual([]);
      });

      it('grants nothing by default and gives every job an explicit permissions block', () => {
        expect(wf.permissions).toEqual({});
        for (const [job, j] of Object.entries(wf.jobs)) {
          expect(j.permissions, `${name}: job ${job} has no permissions block`).toBeTypeOf('object');
          expect(JSON.stringify(j.permissions)).not.toMatch(/write-all|read-all/);
        }
      });

      it('keeps inputs, event data and secrets out of run: scripts (they go through env)', () => {
        const unsafe = steps(wf)
          .filter(({ step }) => step.run !== undefined && UNSAFE_IN_RUN.test(step.run))
          .map(({ job, step }) => `${job}: ${step.name ?? step.run}`);
        expect(unsafe).toEqual([]);
      });

      it('writes variables and dispatches only with AUTOPILOT_TOKEN (GITHUB_TOKEN cannot write variables)', () => {
        for (const { job, step } of steps(wf)) {
          if (step.uses === './actions/supervisor') {
            expect(step.with?.['github-token'], `${job}: supervisor token`).toBe(AUTOPILOT_TOKEN);
          }
          if (step.run !== undefined && WRITES_VARIABLES_OR_DISPATCHES.test(step.run)) {
            const token = step.env?.GH_TOKEN ?? step.env?.GITHUB_TOKEN;
            expect(token, `${job}: ${step.name ?? step.run}`).toBe(AUTOPILOT_TOKEN);
          }
        }
      });
    });
  }
});

describe('publish.yml', () => {
  const wf = workflow('publish.yml');

  it('queues rather than cancels: a concurrency group without cancel-in-progress', () => {
    expect(wf.concurrency?.group).toBeTruthy();
    expect(wf.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it("carries the mode in run-name, as the supervisor's parseRunMode reads it back", () => {
    const runName = wf['run-name'] ?? '';
    // The one expression: `inputs.mode || '<fallback>'` (scheduled runs have no inputs).
    const expression = /\$\{\{\s*inputs\.mode\s*\|\|\s*'(\w+)'\s*\}\}/;
    const fallback = expression.exec(runName)?.[1];
    expect(fallback).toBe('review');
    const dispatch = wf.on.workflow_dispatch as { inputs: { mode: { options: string[]; default: string } } };
    expect(dispatch.inputs.mode.options).toEqual(['review', 'publish']);
    for (const mode of dispatch.inputs.mode.options) {
      expect(parseRunMode(runName.replace(expression, mode))).toBe(mode);
    }
    expect(parseRunMode(runName.replace(expression, fallback ?? ''))).toBe('review');
  });

  it('runs the executor unless the local runner is active, even when heartbeat-check failed', () => {
    const executor = Object.entries(wf.jobs).find(([, j]) => j.steps?.some((s) => s.uses === './actions/executor'));
    expect(executor).toBeDefined();
    const [, job] = executor as [string, Job];
    const heartbeatJob = Object.entries(wf.jobs).find(([, j]) =>
      j.steps?.some((s) => s.uses === './actions/heartbeat-check'),
    )?.[0];
    expect([job.needs].flat()).toContain(heartbeatJob);
    const condition = job.if ?? '';
    expect(condition).toContain('!cancelled()');
    expect(condition).toContain(`needs.${heartbeatJob}.outputs.active != 'true'`);
  });
});

describe('supervisor.yml agrees with publish.yml and with itself', () => {
  const publish = workflow('publish.yml');
  const supervisor = workflow('supervisor.yml');
  const heartbeat = stepUsing(publish, './actions/heartbeat-check');
  const executor = stepUsing(publish, './actions/executor');
  const supervise = stepUsing(supervisor, './actions/supervisor');
  const reconcile = stepUsing(supervisor, './actions/reconcile');

  it('reads the same heartbeat as heartbeat-check (source, file, and the variable or URL)', () => {
    for (const input of ['heartbeat-source', 'heartbeat-file']) {
      expect(supervise.with?.[input], input).toBeDefined();
      expect(supervise.with?.[input], input).toBe(heartbeat.with?.[input]);
    }
    for (const name of ['LOCAL_HEARTBEAT', 'LOCAL_HEARTBEAT_URL']) {
      expect(supervise.env?.[name], name).toBe(heartbeat.env?.[name]);
    }
  });

  it('counts eligible rows as the executor does (require-approval)', () => {
    expect(supervise.with?.['require-approval']).toBeDefined();
    expect(supervise.with?.['require-approval']).toBe(executor.with?.['require-approval']);
  });

  it('reconcile writes the decision log on the branch the supervisor reads, and may file incidents', () => {
    expect(reconcile.with?.['workflow-ref']).toBeDefined();
    expect(reconcile.with?.['workflow-ref']).toBe(supervise.with?.['workflow-ref']);
    const job = Object.values(supervisor.jobs).find((j) => j.steps?.includes(reconcile));
    expect(job?.permissions).toMatchObject({ contents: 'write', issues: 'write' });
  });
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');
  const all = steps(ci).map(({ step }) => step);

  it('installs Chromium before the tests, so the browser test does not skip', () => {
    const chromium = all.findIndex((s) => s.run?.includes('apt-get install -y chromium'));
    const tests = all.findIndex((s) => s.run?.includes('.ci/run'));
    expect(chromium).toBeGreaterThanOrEqual(0);
    expect(chromium).toBeLessThan(tests);
  });

  it('uploads test-results/ (screenshot and vitest JSON) whatever the outcome', () => {
    const upload = all.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('always()');
    expect(upload?.with?.path).toBe('test-results/');
  });
});
