// doctor.yml must check what the pipeline runs with: every setting the
// doctor checks gets, in doctor.yml, the same repository variable or secret
// that publish.yml and supervisor.yml pass to the actions, under the
// setting's environment name; and the supervisor's token is the one checked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SETTINGS } from '../../../packages/core/src/config/settings';

type Step = { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };

const read = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const refs = (expression: string | undefined) =>
  [...(expression ?? '').matchAll(/\b(vars|secrets)\.([A-Z0-9_]+)/g)].map((m) => `${m[1]}.${m[2]}`);

const CHECKED = [
  'queue-backend',
  'state-branch',
  'request-timeout',
  'sheets-id',
  'sheets-queue-tab',
  'sheets-runlog-tab',
  'google-service-account-json',
  'google-oauth-access-token',
  'shopify-store-domain',
  'shopify-client-id',
  'shopify-client-secret',
  'shopify-admin-token',
  'shopify-api-version',
  'shopify-blog-handle',
  'llm-base-url',
  'llm-model',
  'llm-api-key',
];

const envOf = (key: string) => Object.values(SETTINGS).find((s) => s.key === key)?.env as string;

describe('.github/workflows/doctor.yml', () => {
  const doctor = read('doctor.yml');
  const step = Object.values(doctor.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.run?.includes('doctor'));

  it('runs only when dispatched', () => {
    expect(Object.keys(doctor.on)).toEqual(['workflow_dispatch']);
  });

  it('sets only environment names the configuration reads', () => {
    const known = new Set(Object.values(SETTINGS).map((s) => s.env));
    expect(Object.keys(step?.env ?? {}).filter((name) => !known.has(name))).toEqual([]);
  });

  it.each(['publish.yml', 'supervisor.yml'])('passes the doctor what %s passes the actions', (file) => {
    const inputs = Object.values(read(file).jobs)
      .flatMap((job) => job.steps)
      .flatMap((s) => Object.entries(s.with ?? {}));
    const wired = inputs.filter(([key]) => CHECKED.includes(key));
    expect(wired.length).toBeGreaterThan(0);
    for (const [key, expression] of wired) {
      expect({ key, refs: refs(step?.env?.[envOf(key)]) }).toEqual({
        key,
        refs: expect.arrayContaining(refs(expression)),
      });
    }
  });

  it('checks the token the supervisor uses', () => {
    const supervisorToken = Object.values(read('supervisor.yml').jobs)
      .flatMap((job) => job.steps)
      .find((s) => s.uses === './actions/supervisor')?.with?.['github-token'];
    expect(refs(step?.env?.GITHUB_TOKEN)).toEqual(expect.arrayContaining(refs(supervisorToken)));
  });
});
