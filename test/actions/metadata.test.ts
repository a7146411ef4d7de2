// Each action's metadata tells the truth: action.yml runs the committed
// bundle on node24, declares exactly the inputs the action reads (its INPUTS
// list, the only keys runAction passes to core.getInput) and exactly the
// outputs main.ts sets, and the workflows pass only declared inputs.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SETTINGS, type Setting } from '../../packages/core/src/config';
import { ACTIONS, ROOT, readActionYml } from './helpers';
import { directInputReads, outputNames } from './main-source';

const settingByKey = new Map((Object.values(SETTINGS) as Setting<unknown>[]).map((s) => [s.key, s]));

async function inputsList(name: string): Promise<readonly string[]> {
  const module = (await import(join(ROOT, 'actions', name, 'src', 'inputs.ts'))) as { INPUTS: readonly string[] };
  return module.INPUTS;
}

const sorted = (values: Iterable<string>) => [...values].sort();

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

  it('describes each input as the setting catalogue does: default, secret, environment name', async () => {
    const inputs = (await readActionYml(name)).inputs ?? {};
    const wrong: string[] = [];
    for (const [key, spec] of Object.entries(inputs)) {
      const s = settingByKey.get(key);
      if (!s) continue; // reported by the test above
      const text = spec.description ?? '';
      if (spec.required === true) wrong.push(`${key}: required, but every setting has a default or is optional`);
      if (spec.default !== undefined) wrong.push(`${key}: a default in action.yml would hide the environment variable`);
      if (s.fallback && !text.includes(`Default: ${s.fallback}.`))
        wrong.push(`${key}: does not say Default: ${s.fallback}`);
      if (!s.fallback && text.includes('Default:')) wrong.push(`${key}: names a default the setting does not have`);
      if (Boolean(s.secret) !== text.includes('Secret')) wrong.push(`${key}: secret is ${Boolean(s.secret)}`);
      if (!text.includes(`Env: ${s.env}.`)) wrong.push(`${key}: does not name its environment variable ${s.env}`);
    }
    expect(wrong).toEqual([]);
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
  it('find literal, looped and unreadable output names, and direct input reads', () => {
    const { names, unknown } = outputNames(
      "output('a', 1);\nfor (const [k, v] of Object.entries({ b: 1, 'c-d': 2 })) output(k, v);\noutput(prefix + name, 2);",
    );
    expect(names).toEqual(['a', 'b', 'c-d']);
    expect(unknown).toEqual(['line 3: output(prefix + name, 2)']);
    expect(directInputReads("const x = core.getInput('mode');\nprocess.env['INPUT_MODE'];\nok();")).toHaveLength(2);
  });
});
