// The supervisor action, from its TypeScript entry point, against the fake
// GitHub with a token that may not write variables: the run fails, the one
// error annotation says the disable FAILED, and nothing claims it happened.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { commands, inputVariable, parseCommandFile, ROOT, removeScratch, scratch } from '../../actions/helpers';
import { useFakeGitHub } from '../../fakes/github-fixture';
import type { FakeGitHub } from '../../fakes/github-server';
import { processResult } from '../../fixtures/process-output';

const newFake = useFakeGitHub();
afterAll(removeScratch);

const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function runSupervisorAction(fake: FakeGitHub, inputs: Record<string, string>) {
  const cwd = await scratch();
  const files = await scratch('autopilot-runner-');
  const outputPath = join(files, 'output.txt');
  const summaryPath = join(files, 'summary.md');
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    LANG: 'C.UTF-8',
    TMPDIR: tmpdir(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_RUN_ID: '4242',
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: files,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
  };
  for (const [input, value] of Object.entries(inputs)) env[inputVariable(input)] = value;
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'actions/supervisor/src/index.ts')], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { code, stdout, stderr } = await processResult(child);
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
  };
}

describe('supervisor action: a token that may not write variables', () => {
  it('fails the run, says the disable FAILED, opens disable-failed, and claims no change', async () => {
    const fake = await newFake();
    fake.variables.set('WF_ENABLED', { value: 'true', created_at: fake.now(), updated_at: fake.now() });
    fake.variables.set('ALLOW_PUBLISH', { value: 'human_enabled', created_at: fake.now(), updated_at: fake.now() });
    for (const minutes of [50, 30]) {
      fake.addRun({ display_title: 'publish (mode: publish)', conclusion: 'failure', created_at: minutesAgo(minutes) });
    }
    // The token may read everything and write issues, runs and contents, but not variables.
    fake.grant('test-token', { actions: 'write', actions_variables: 'read', issues: 'write', contents: 'write' });

    const run = await runSupervisorAction(fake, { 'github-token': 'test-token', 'queue-backend': 'local' });

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.decision).toBe('disable_unstable');
    expect(fake.variables.get('WF_ENABLED')?.value).toBe('true');
    const errors = commands(run.stdout, 'error').join('\n');
    expect(errors).toMatch(/pipeline NOT disabled: the disable FAILED \(WF_ENABLED=false: .*HTTP 403/);
    expect(errors).toContain('Resource not accessible by integration');
    expect(errors).not.toMatch(/pipeline disabled:/);
    const failed = fake.issues.find((issue) => issue.body?.includes('autopilot-incident:disable-failed '));
    expect(failed?.state).toBe('open');
    expect(fake.issues.some((issue) => issue.body?.includes('autopilot-incident:pipeline-unstable '))).toBe(false);
    expect(run.summary).toMatch(/GitHub requests: \d+/);
    expect(run.summary).toContain('opened incident disable-failed');
    expect(run.summary).not.toMatch(/set WF_ENABLED=false \(read back\)|publishing disabled:/);
  });
});
