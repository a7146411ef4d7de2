// `autopilot report` reads the runs, incidents and decision log where the
// other commands keep them: GitHub when a token and repository are set (the
// README's Pages recipe), the state folder otherwise.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../packages/cli/src/args';
import { reportCommand, reportControlPlane } from '../../../packages/cli/src/commands/report';
import { createCliContext } from '../../../packages/cli/src/context';
import type { ReportData } from '../../../packages/core/src/report';
import { useFakeGitHub } from '../../fakes/github-fixture';

const fakeGitHub = useFakeGitHub();

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'autopilot-report-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(flags: string[]) {
  const stdout: string[] = [];
  const ctx = createCliContext(
    parseCommandLine(['report', '--state', join(dir, 'state'), '--out', join(dir, 'out'), ...flags]),
    { stdout: (t) => stdout.push(t), stderr: () => {} },
    {},
  );
  return { ctx, stdout };
}

const readData = async () => JSON.parse(await readFile(join(dir, 'out', 'data.json'), 'utf8')) as ReportData;

describe('autopilot report', () => {
  it('uses GitHub for runs, incidents and the decision log when a token and repository are configured', async () => {
    const fake = await fakeGitHub();
    const run1 = fake.addRun({ display_title: 'publish (mode: publish)', conclusion: 'failure' });
    fake.addIssue({
      title: 'Publish workflow unstable',
      body: 'Two runs failed.\n\n<!-- autopilot-incident:pipeline-unstable -->',
      labels: ['incident', 'severity:high'],
    });
    fake.setFile(
      'decision_log.json',
      JSON.stringify({
        last_decision: {
          decision: 'pause_and_review',
          reason: 'too many failures',
          at: fake.now(),
          metrics: {},
          by: 'reconcile',
        },
        history: [],
      }),
      'autopilot-state',
    );

    const { ctx, stdout } = run([
      '--github-token',
      'test-token',
      '--repository',
      `${fake.owner}/${fake.repo}`,
      '--github-api-url',
      fake.url,
    ]);
    expect(reportControlPlane(ctx.config)).toBe('github');
    expect(await reportCommand(ctx)).toBe(0);
    expect(stdout.join('\n')).toContain(`from GitHub ${fake.owner}/${fake.repo}`);

    const data = await readData();
    expect(data.runs.map((r) => [r.run_id, r.mode, r.conclusion])).toEqual([[String(run1.id), 'publish', 'failure']]);
    expect(data.open_incidents.map((i) => [i.key, i.severity])).toEqual([['pipeline-unstable', 'high']]);
    expect(data.decision).toMatchObject({ decision: 'pause_and_review', reason: 'too many failures' });
  });

  it('uses the state folder without GitHub settings', async () => {
    const { ctx } = run([]);
    expect(reportControlPlane(ctx.config)).toBe('local');
    expect(await reportCommand(ctx)).toBe(0);
    const data = await readData();
    expect(data.runs).toEqual([]);
    expect(data.decision).toBeNull();
  });
});
