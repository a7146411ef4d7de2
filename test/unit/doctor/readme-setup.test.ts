// The README's "Set up on GitHub" workflow must work as written: every input
// it gives an action of this suite exists in that action's action.yml and
// every required one is given, actions are pinned by a full commit SHA (or
// the SHA placeholder the text explains) and never by a tag that does not
// exist yet, the job has its permissions block, and the App token asks for
// every permission the supervisor needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(
  readme.indexOf('## Set up on GitHub'),
  readme.indexOf('\n## ', readme.indexOf('## Set up on GitHub') + 5),
);
const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

type Step = { id?: string; uses?: string; with?: Record<string, string> };
type Workflow = { permissions: unknown; jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }> };

describe('README: Set up on GitHub', () => {
  const workflow = parse(block) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('has a complete workflow with a permissions block', () => {
    expect(workflow.permissions).toEqual({});
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeDefined();
  });

  it('never points at a release tag that does not exist', () => {
    expect(section).not.toMatch(/actions\/[a-z-]+@v1\b/);
    for (const step of steps.filter((s) => s.uses?.startsWith('OWNER/REPO/'))) expect(step.uses).toMatch(/@SHA$/);
    for (const step of steps.filter((s) => s.uses?.startsWith('actions/'))) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it("gives each of this suite's actions only inputs it has, and every required one", () => {
    const ours = steps.filter((s) => s.uses?.startsWith('OWNER/REPO/actions/'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      const name = /actions\/([a-z-]+)@/.exec(step.uses ?? '')?.[1];
      const meta = parse(readFileSync(`actions/${name}/action.yml`, 'utf8')) as {
        inputs: Record<string, { required?: boolean }>;
      };
      const given = Object.keys(step.with ?? {});
      expect({ name, unknown: given.filter((k) => !(k in meta.inputs)) }).toEqual({ name, unknown: [] });
      const required = Object.entries(meta.inputs)
        .filter(([, v]) => v.required)
        .map(([k]) => k);
      expect({ name, missing: required.filter((k) => !given.includes(k)) }).toEqual({ name, missing: [] });
    }
  });

  it('mints the App token with the client id and every permission the supervisor needs, pinned as doctor.yml pins it', () => {
    const app = steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
    expect(app?.with).toMatchObject({
      'client-id': expect.stringContaining('vars.AUTOPILOT_APP_CLIENT_ID'),
      'permission-actions': 'write',
      'permission-actions-variables': 'write',
      'permission-issues': 'write',
      'permission-contents': 'write',
    });
    expect(readFileSync('.github/workflows/doctor.yml', 'utf8')).toContain(`uses: ${app?.uses}`);
  });
});
