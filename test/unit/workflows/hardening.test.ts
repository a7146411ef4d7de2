// The workflows' hardening and their agreements with the code, read from the
// YAML: every action pinned by commit SHA with its version in a comment, the
// first-party ones at a major that runs on node24, explicit permissions per
// job, no `${{ }}` of inputs, events or secrets inside `run:` scripts, the
// variable-writing / dispatching token from AUTOPILOT_TOKEN, publish.yml's
// concurrency, run-name (parsed by the supervisor's parseRunMode) and single
// job per tick, schedules off the top of the hour, and publish.yml and
// supervisor.yml reading the same heartbeat, queue and decision log.
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

/**
 * The first major of each first-party action whose action.yml says
 * `using: node24` (read from the actions' repositories: checkout v5.0.0,
 * setup-node v5.0.0, upload-artifact v6.0.0, create-github-app-token v2.1.0).
 * The runners dropped node20 in September 2026.
 */
const NODE24_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/create-github-app-token': 2,
};
/** `uses: owner/name[/path]@<sha> # vX[.Y[.Z]]` — the comment is how people and Dependabot read the version. */
const PINNED = /^\s*-?\s*uses:\s*([\w.-]+\/[\w./-]+)@[0-9a-f]{40}\s+#\s*v(\d+)(?:\.\d+){0,2}\s*$/;

/** Every `uses:` line of a workflow file that is not a local action, as written (comments included). */
function usesLines(name: string): { ref: string; line: string }[] {
  return readFileSync(join(DIR, name), 'utf8')
    .split('\n')
    .filter((line) => /^\s*-?\s*uses:/.test(line))
    .map((line) => ({ line, ref: line.replace(/^\s*-?\s*uses:\s*/, '').trim() }))
    .filter(({ ref }) => !ref.startsWith('./'));
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
/** The supervisor's token: a GitHub App's minted for the run (step app-token), else the AUTOPILOT_TOKEN PAT. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
const SUPERVISOR_TOKEN = '${{ steps.app-token.outputs.token || secrets.AUTOPILOT_TOKEN }}';
/** Expressions whose values come from outside the repository's code: never interpolated into a shell script. */
const UNSAFE_IN_RUN = /\$\{\{[^}]*\b(inputs\.|github\.event\.|secrets\.|github\.head_ref)/;
/** Shell commands that write repository variables or dispatch workflows. */
const WRITES_VARIABLES_OR_DISPATCHES =
  /\bgh\s+(variable\s+set|workflow\s+run)\b|actions\/(variables|workflows\/[^\s]+\/dispatches)/;

describe('every workflow is hardened', () => {
  it('finds the workflows', () => {
    expect(FILES).toEqual(expect.arrayContaining(['ci.yml', 'publish.yml', 'release.yml', 'supervisor.yml']));
  });

  for (const [name, wf] of workflows) {
    describe(name, () => {
      it('pins every action by a full 40-hex commit SHA, its version in a comment; first-party ones on node24', () => {
        const problems: string[] = [];
        for (const { ref, line } of usesLines(name)) {
          const pinned = PINNED.exec(line);
          if (!pinned) {
            problems.push(`${ref}: not pinned as owner/name@<40-hex sha> # vX.Y.Z`);
            continue;
          }
          const [, action = '', major = ''] = pinned;
          const firstParty = action.split('/').slice(0, 2).join('/');
          if (!firstParty.startsWith('actions/')) continue;
          const minimum = NODE24_MAJOR[firstParty];
          if (minimum === undefined) problems.push(`${action}: no node24 major recorded in NODE24_MAJOR`);
          else if (Number(major) < minimum)
            problems.push(`${action}: v${major} runs on node20; node24 from v${minimum}`);
        }
        expect(problems).toEqual([]);
      });

      it('pins every third-party action by a full 40-hex commit SHA (as parsed)', () => {
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

      it('writes variables and dispatches only with the App token or AUTOPILOT_TOKEN (GITHUB_TOKEN cannot write variables)', () => {
        for (const { job, step } of steps(wf)) {
          if (step.uses === './actions/supervisor') {
            expect(step.with?.['github-token'], `${job}: supervisor token`).toBe(SUPERVISOR_TOKEN);
            // The App's token is asked for the permissions the supervisor needs, variables included.
            const app = wf.jobs[job]?.steps?.find((s) => s.id === 'app-token');
            expect(app?.uses).toMatch(/^actions\/create-github-app-token@/);
            expect(app?.with).toMatchObject({
              'permission-actions': 'write',
              'permission-actions-variables': 'write',
              'permission-issues': 'write',
            });
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

  it('bills one job per tick: heartbeat-check gates the executor inside the same job', () => {
    expect(Object.keys(wf.jobs)).toHaveLength(1);
    const job = Object.values(wf.jobs)[0] as Job;
    const list = job.steps ?? [];
    const heartbeat = list.findIndex((s) => s.uses === './actions/heartbeat-check');
    const executor = list.findIndex((s) => s.uses === './actions/executor');
    expect(heartbeat).toBeGreaterThanOrEqual(0);
    expect(executor).toBeGreaterThan(heartbeat);
    const id = list[heartbeat]?.id;
    expect(id).toBeTruthy();
    // Only an active local runner skips the executor, even when heartbeat-check failed.
    const condition = list[executor]?.if ?? '';
    expect(condition).toContain('!cancelled()');
    expect(condition).toContain(`steps.${id}.outputs.active != 'true'`);
  });

  it('grants contents: write (the repository queue on the state branch) and issues: write (heartbeat-stale), nothing more', () => {
    const job = Object.values(wf.jobs)[0] as Job;
    expect(job.permissions).toEqual({ contents: 'write', issues: 'write' });
  });
});

describe('schedules', () => {
  const scheduled = [...workflows].filter(([, wf]) => wf.on.schedule !== undefined);

  it('are off the top of the hour (GitHub delays and drops those first): explicit minutes, none :00', () => {
    expect(scheduled.length).toBeGreaterThanOrEqual(2);
    for (const [name, wf] of scheduled) {
      for (const entry of wf.on.schedule as { cron: string }[]) {
        const minute = entry.cron.trim().split(/\s+/)[0] ?? '';
        expect(minute, `${name}: ${entry.cron}`).toMatch(/^\d+(,\d+)*$/);
        expect(minute.split(',').map(Number), `${name}: ${entry.cron}`).not.toContain(0);
      }
    }
  });

  it("publish.yml runs in a named IANA time zone: the readers' day", () => {
    for (const entry of workflow('publish.yml').on.schedule as { timezone?: string }[]) {
      expect(entry.timezone).toMatch(/^[A-Za-z_]+\/[A-Za-z_/]+$/);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: entry.timezone })).not.toThrow();
    }
  });
});

describe('supervisor.yml agrees with publish.yml and with itself', () => {
  const publish = workflow('publish.yml');
  const supervisor = workflow('supervisor.yml');
  const heartbeat = stepUsing(publish, './actions/heartbeat-check');
  const executor = stepUsing(publish, './actions/executor');
  const supervise = stepUsing(supervisor, './actions/supervisor');
  const reconcile = stepUsing(supervisor, './actions/reconcile');

  it('reads the same heartbeat as heartbeat-check (source, file, URL, state branch, variable)', () => {
    for (const input of ['heartbeat-source', 'heartbeat-file', 'heartbeat-url', 'state-branch']) {
      expect(supervise.with?.[input], input).toBeDefined();
      expect(supervise.with?.[input], input).toBe(heartbeat.with?.[input]);
    }
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
    expect(heartbeat.with?.['heartbeat-source']).toBe("${{ vars.HEARTBEAT_SOURCE || 'branch' }}");
    expect(supervise.env?.LOCAL_HEARTBEAT).toBe(heartbeat.env?.LOCAL_HEARTBEAT);
  });

  it('counts eligible rows as the executor does (require-approval, on by default) on the same queue', () => {
    expect(supervise.with?.['require-approval']).toBeDefined();
    expect(supervise.with?.['require-approval']).toBe(executor.with?.['require-approval']);
    expect(String(executor.with?.['require-approval'])).toContain("|| 'true'");
    for (const input of ['queue-backend', 'state-branch', 'sheets-id']) {
      expect(supervise.with?.[input], input).toBe(executor.with?.[input]);
    }
  });

  it('reconcile writes the decision log the supervisor reads, after it, in the same job, with contents and issues write', () => {
    for (const input of ['state-branch', 'decision-log-path']) {
      expect(reconcile.with?.[input], input).toBeDefined();
      expect(reconcile.with?.[input], input).toBe(supervise.with?.[input]);
    }
    expect(Object.keys(supervisor.jobs)).toHaveLength(1);
    const job = Object.values(supervisor.jobs)[0] as Job;
    const list = job.steps ?? [];
    expect(list.indexOf(reconcile)).toBeGreaterThan(list.indexOf(supervise));
    expect(reconcile.if).toContain('!cancelled()');
    expect(job.permissions).toEqual({ contents: 'write', issues: 'write' });
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

describe('release.yml', () => {
  const release = workflow('release.yml');
  const all = steps(release).map(({ step }) => step);

  it('is cut by hand with a version, and checks dist/ before it tags', () => {
    const dispatch = release.on.workflow_dispatch as { inputs: { version: { required: boolean } } };
    expect(dispatch.inputs.version.required).toBe(true);
    const check = all.findIndex((s) => s.run?.includes('npm run build') && s.run.includes('git diff --exit-code'));
    const tag = all.findIndex((s) => s.run?.includes('git tag'));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(tag).toBeGreaterThan(check);
    // The major tag moves with the release.
    expect(all[tag]?.run).toMatch(/git tag --force[^\n]*\$major/);
    expect(all[tag]?.run).toMatch(/git push --force origin "refs\/tags\/\$major"/);
  });
});
