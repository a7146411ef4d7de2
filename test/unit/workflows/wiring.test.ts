// Every setting a user needs on GitHub reaches the actions: each input in
// USER_INPUTS is declared by its action and passed, in the workflow that runs
// the action, from the repository's secrets (secret settings) or variables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SETTINGS, type Setting } from '../../../packages/core/src/config';
import { USER_INPUTS } from './user-inputs';

const ROOT = join(import.meta.dirname, '../../..');
const settingByKey = new Map((Object.values(SETTINGS) as Setting<unknown>[]).map((s) => [s.key, s]));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function stepsUsing(workflow: string, action: string): Step[] {
  const wf = parse(readFileSync(join(ROOT, '.github', 'workflows', workflow), 'utf8')) as {
    jobs: Record<string, { steps?: Step[] }>;
  };
  return Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).filter((s) => s.uses === `./actions/${action}`));
}

function declared(action: string): string[] {
  const yml = parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs?: object };
  return Object.keys(yml.inputs ?? {});
}

/** What the workflow must pass: `${{ secrets.ENV }}` for a secret, `${{ vars.ENV … }}` otherwise (a fallback allowed). */
function expected(key: string): RegExp {
  const s = settingByKey.get(key);
  if (!s) throw new Error(`${key} is not a setting`);
  return s.secret
    ? new RegExp(`^\\$\\{\\{\\s*secrets\\.${s.env}\\s*\\}\\}$`)
    : new RegExp(`^\\$\\{\\{\\s*vars\\.${s.env}(\\s*\\|\\|\\s*'[^']*')?\\s*\\}\\}$`);
}

describe.each(Object.entries(USER_INPUTS))('%s', (action, { workflow, inputs }) => {
  it(`is run by ${workflow}`, () => {
    expect(stepsUsing(workflow, action).length).toBeGreaterThan(0);
  });

  it('declares every input a user sets on GitHub', () => {
    const missing = inputs.map((i) => i.input).filter((key) => !declared(action).includes(key));
    expect(missing).toEqual([]);
  });

  it(`gets each of them from secrets or variables in ${workflow}`, () => {
    const problems: string[] = [];
    for (const step of stepsUsing(workflow, action)) {
      for (const { input, from } of inputs) {
        const value = step.with?.[input];
        const want = from ?? expected(input);
        if (typeof value !== 'string' || !want.test(value)) problems.push(`${input}: ${String(value)} (want ${want})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the wiring check itself', () => {
  it('wants secrets for secrets and variables for the rest, by environment name', () => {
    const expr = (inner: string) => `$${'{{'} ${inner} }}`;
    expect(expected('shopify-client-secret').test(expr('secrets.SHOPIFY_CLIENT_SECRET'))).toBe(true);
    expect(expected('shopify-client-secret').test(expr('vars.SHOPIFY_CLIENT_SECRET'))).toBe(false);
    expect(expected('shopify-client-id').test(expr('vars.SHOPIFY_CLIENT_ID'))).toBe(true);
    expect(expected('max-items').test(expr("vars.MAX_ITEMS || '5'"))).toBe(true);
    expect(expected('max-items').test('5')).toBe(false);
  });
});
