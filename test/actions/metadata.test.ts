// Each action's metadata tells the truth and reads as documentation:
// action.yml runs the committed bundle on node24, declares exactly the inputs
// the action reads (its INPUTS list, the only keys runAction passes to
// core.getInput) as scripts/print-action-inputs.ts generates them, marks
// required exactly the inputs the code refuses to run without, describes each
// (what it does, allowed values, default) without restating its name or
// copying another action's words where the meaning differs, declares exactly
// the outputs main.ts sets, and the workflows pass only declared inputs.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, SETTINGS, type Setting } from '../../packages/core/src/config';
import { gitHubOptions } from '../../packages/core/src/wiring/control-plane';
import { incidentRequestFrom } from '../../packages/core/src/wiring/options';
import { renderInputs } from '../../scripts/print-action-inputs';
import { ACTIONS, ROOT, readActionYml } from './helpers';
import { directInputReads, outputNames } from './main-source';

const settingByKey = new Map((Object.values(SETTINGS) as Setting<unknown>[]).map((s) => [s.key, s]));

async function inputsList(name: string): Promise<readonly string[]> {
  const module = (await import(join(ROOT, 'actions', name, 'src', 'inputs.ts'))) as { INPUTS: readonly string[] };
  return module.INPUTS;
}

const sorted = (values: Iterable<string>) => [...values].sort();

/** The inputs each action cannot run without (read from each main.ts and what it builds). */
const REQUIRED: Record<string, string[]> = {
  executor: [],
  'heartbeat-check': [],
  // incidentRequestFrom refuses a missing action or key; the GitHub tracker needs a token.
  incident: ['action', 'key', 'github-token'],
  // Both build the GitHub control plane, which refuses to start without a token.
  reconcile: ['github-token'],
  supervisor: ['github-token'],
};

/** Inputs whose meaning (and so whose description) differs per action. */
const PER_ACTION_MEANING = ['github-token', 'dry-run', 'decision-log-path', 'require-approval'];

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'is', 'be', 'this']);
const words = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP_WORDS.has(w));

/**
 * A description that only restates its input's name ("Incident key: an
 * incident key", "Repository", "Where"): fewer than two words, before
 * `Allowed:`, that are not words of the name itself.
 */
function restatesName(key: string, description: string): boolean {
  const what = description.split(/\s*Allowed:/)[0] ?? '';
  const name = new Set(words(key));
  return words(what).filter((w) => !name.has(w)).length < 2;
}

describe('the actions folder', () => {
  it('holds exactly the five actions these tests cover', async () => {
    const entries = await readdir(join(ROOT, 'actions'), { withFileTypes: true });
    expect(sorted(entries.filter((e) => e.isDirectory()).map((e) => e.name))).toEqual(sorted(ACTIONS));
  });
});

describe.each(ACTIONS)('action %s', (name) => {
  it('runs its committed bundle on node24', async () => {
    const yml = await readActionYml(name);
    expect(yml.runs?.using).toBe('node24');
    expect(yml.runs?.main).toBe(`../../dist/${name}/index.js`);
    // `main` is relative to the folder of action.yml, as the runner resolves it.
    expect(existsSync(resolve(ROOT, 'actions', name, yml.runs?.main ?? 'missing'))).toBe(true);
  });

  it('declares exactly the inputs it reads (its INPUTS list), each a known setting', async () => {
    const declared = Object.keys((await readActionYml(name)).inputs ?? {});
    const read = await inputsList(name);
    expect(new Set(read).size, 'INPUTS has duplicates').toBe(read.length);
    expect({ readButNotDeclared: read.filter((k) => !declared.includes(k)) }).toEqual({ readButNotDeclared: [] });
    expect({ declaredButNotRead: declared.filter((k) => !read.includes(k)) }).toEqual({ declaredButNotRead: [] });
    expect({ notASetting: read.filter((k) => !settingByKey.has(k)) }).toEqual({ notASetting: [] });
  });

  it('carries the inputs block scripts/print-action-inputs.ts generates (run it with --write)', async () => {
    const yml = await readFile(join(ROOT, 'actions', name, 'action.yml'), 'utf8');
    expect(yml).toContain(`${await renderInputs(name)}\n`);
  });

  it('describes each input: what it does, allowed values, default or required, secret, environment name', async () => {
    const inputs = (await readActionYml(name)).inputs ?? {};
    const wrong: string[] = [];
    for (const [key, spec] of Object.entries(inputs)) {
      const s = settingByKey.get(key);
      if (!s) continue; // reported by the test above
      const text = spec.description ?? '';
      if (spec.default !== undefined) wrong.push(`${key}: a default in action.yml would hide the environment variable`);
      if (restatesName(key, text)) wrong.push(`${key}: "${text.split(' Allowed:')[0]}" only restates the name`);
      if (!text.includes(`Allowed: ${s.expected}.`)) wrong.push(`${key}: does not say Allowed: ${s.expected}`);
      if (spec.required === true) {
        if (!text.includes('Required.') || text.includes('Default:')) wrong.push(`${key}: required, says otherwise`);
      } else if (s.fallback) {
        if (!text.includes(`Default: ${s.fallback}.`)) wrong.push(`${key}: does not say Default: ${s.fallback}`);
      } else if (!text.includes('Default: none.')) wrong.push(`${key}: does not say it has no default`);
      if (Boolean(s.secret) !== text.includes('Secret')) wrong.push(`${key}: secret is ${Boolean(s.secret)}`);
      if (!text.includes(`Env: ${s.env}.`)) wrong.push(`${key}: does not name its environment variable ${s.env}`);
    }
    expect(wrong).toEqual([]);
  });

  it('marks required exactly the inputs it cannot run without', async () => {
    const inputs = (await readActionYml(name)).inputs ?? {};
    const required = Object.entries(inputs)
      .filter(([, spec]) => spec.required === true)
      .map(([key]) => key);
    expect(sorted(required)).toEqual(sorted(REQUIRED[name] ?? []));
  });
  it('declares exactly the outputs main.ts sets', async () => {
    const declared = Object.keys((await readActionYml(name)).outputs ?? {});
    const source = await readFile(join(ROOT, 'actions', name, 'src', 'main.ts'), 'utf8');
    const { names, unknown } = outputNames(source);
    expect(unknown, 'output names main.ts sets that a reader cannot see').toEqual([]);
    expect(names.length).toBeGreaterThan(0);
    expect({ setButNotDeclared: names.filter((n) => !declared.includes(n)) }).toEqual({ setButNotDeclared: [] });
    expect({ declaredButNotSet: declared.filter((n) => !names.includes(n)) }).toEqual({ declaredButNotSet: [] });
  });

  it('reads inputs only through runAction (no core.getInput or INPUT_* in its sources)', async () => {
    const dir = join(ROOT, 'actions', name, 'src');
    const found: string[] = [];
    for (const file of await readdir(dir)) {
      if (!file.endsWith('.ts')) continue;
      const reads = directInputReads(await readFile(join(dir, file), 'utf8'));
      found.push(...reads.map((r) => `${file} ${r}`));
    }
    expect(found).toEqual([]);
  });
});

describe('inputs whose meaning differs per action', () => {
  it.each(PER_ACTION_MEANING)('%s: each action describes it in its own words', async (key) => {
    const described = new Map<string, string[]>();
    for (const name of ACTIONS) {
      const text = (await readActionYml(name)).inputs?.[key]?.description;
      if (text) described.set(text, [...(described.get(text) ?? []), name]);
    }
    const copied = [...described.values()].filter((names) => names.length > 1);
    expect(copied).toEqual([]);
  });
});

describe('required inputs are the ones the code refuses to run without', () => {
  const base = { state: '/tmp/none', repository: 'o/r', 'github-token': 't', action: 'open', key: 'k', title: 'T' };
  const without = (key: string) => loadConfig({ inputs: { ...base, [key]: undefined } });
  const log = { debug() {}, info() {}, warn() {}, error() {} } as never;

  it('incident: action and key', () => {
    expect(() => incidentRequestFrom(loadConfig({ inputs: base }), { now: new Date() })).not.toThrow();
    expect(() => incidentRequestFrom(without('action'), { now: new Date() })).toThrow(/action is missing/);
    expect(() => incidentRequestFrom(without('key'), { now: new Date() })).toThrow(/key is missing/);
  });

  it('incident, reconcile, supervisor: github-token (the GitHub control plane)', () => {
    expect(() => gitHubOptions(loadConfig({ inputs: base }), { log })).not.toThrow();
    expect(() => gitHubOptions(without('github-token'), { log })).toThrow(/github-token is missing/);
  });
});

interface WorkflowStep {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs?: Record<string, { steps?: WorkflowStep[] }>;
}

describe('workflows', () => {
  it('pass only declared inputs to the actions of this repository', async () => {
    const dir = join(ROOT, '.github', 'workflows');
    const problems: string[] = [];
    let localSteps = 0;
    for (const file of await readdir(dir)) {
      if (!/\.ya?ml$/.test(file)) continue;
      const workflow = parse(await readFile(join(dir, file), 'utf8')) as Workflow;
      for (const [job, spec] of Object.entries(workflow.jobs ?? {})) {
        for (const step of spec.steps ?? []) {
          const local = /^\.\/actions\/([^/@]+)$/.exec(step.uses ?? '');
          if (!local) continue;
          localSteps++;
          const action = local[1] ?? '';
          if (!(ACTIONS as readonly string[]).includes(action)) {
            problems.push(`${file} ${job}: uses ${step.uses}, which is not an action here`);
            continue;
          }
          const declared = Object.keys((await readActionYml(action)).inputs ?? {});
          for (const key of Object.keys(step.with ?? {})) {
            if (!declared.includes(key)) problems.push(`${file} ${job}: ${action} has no input ${key}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // publish.yml runs heartbeat-check and executor, supervisor.yml supervisor and reconcile.
    expect(localSteps).toBeGreaterThanOrEqual(4);
  });
});

describe('the source checks themselves', () => {
  it('tell a restated name from a description', () => {
    expect(restatesName('key', 'Incident key. Allowed: an incident key. Env: INCIDENT_KEY.')).toBe(true);
    expect(restatesName('repository', 'Repository. Allowed: owner/name.')).toBe(true);
    expect(restatesName('heartbeat-source', 'Where. Allowed: file, url.')).toBe(true);
    expect(restatesName('shopify-admin-token', 'Token. Allowed: an Admin API token.')).toBe(true);
    expect(restatesName('max-items', 'Most queue rows one executor run claims. Allowed: 1 to 1000.')).toBe(false);
  });

  it('find literal, looped and unreadable output names, and direct input reads', () => {
    const { names, unknown } = outputNames(
      "output('a', 1);\nfor (const [k, v] of Object.entries({ b: 1, 'c-d': 2 })) output(k, v);\noutput(prefix + name, 2);",
    );
    expect(names).toEqual(['a', 'b', 'c-d']);
    expect(unknown).toEqual(['line 3: output(prefix + name, 2)']);
    expect(directInputReads("const x = core.getInput('mode');\nprocess.env['INPUT_MODE'];\nok();")).toHaveLength(2);
  });
});
