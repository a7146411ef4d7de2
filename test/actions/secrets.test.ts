// Canary secrets: pass secret values the way a workflow does (secret inputs,
// INPUT_* variables, an environment variable with a secret-looking name),
// steer them into text the actions print and post (an incident's title and
// body, an error message), and check that none of them comes out anywhere:
// stdout, stderr, GITHUB_OUTPUT, the job summary, or what GitHub received.
import { afterAll, describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../fakes/github-fixture';
import type { FakeGitHub } from '../fakes/github-server';
import { type ActionRun, commands, expectExit, removeScratch, runBundle, STACK_LINE, scratch } from './helpers';

// Shapes no token pattern knows, so only value-based redaction can catch them.
const GITHUB_TOKEN = 'canary-gh-3f9a1c77e2b4';
const SHOPIFY_TOKEN = 'canary-shop-8d2e4b19a6c0';
const LLM_KEY = 'canary-llm-0c6f2a9d71e5';
const ENV_SECRET = 'canary-env-51b7e0c3d9f2';
const CANARIES = [GITHUB_TOKEN, SHOPIFY_TOKEN, LLM_KEY, ENV_SECRET];
// A token shape nobody passed: the pattern redaction must catch it.
const STRAY_SLACK_TOKEN = 'xoxb-123456789012-abcdefghijklmnop';

const newFake = useFakeGitHub();
afterAll(removeScratch);

/** stdout without the `::add-mask::` commands, which carry the secret to the runner on purpose. */
const withoutMaskCommands = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

function expectNoCanary(run: ActionRun, fake?: FakeGitHub) {
  const places: Record<string, string> = {
    stdout: withoutMaskCommands(run.stdout),
    stderr: run.stderr,
    GITHUB_OUTPUT: run.outputFile,
    GITHUB_STEP_SUMMARY: run.summary,
  };
  if (fake) {
    places['requests to GitHub'] = JSON.stringify(fake.requests);
    places['GitHub issues'] = JSON.stringify(fake.issues);
  }
  const leaks = Object.entries(places).flatMap(([where, text]) =>
    [...CANARIES, STRAY_SLACK_TOKEN].filter((canary) => text.includes(canary)).map((canary) => `${canary} in ${where}`),
  );
  expect(leaks).toEqual([]);
}

const masks = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));

const secretEnv = {
  MY_API_KEY: ENV_SECRET,
  // Not an input of every action, but a step may carry it: its name marks it secret.
  'INPUT_SHOPIFY-ADMIN-TOKEN': SHOPIFY_TOKEN,
};
const leakyText = `token ${GITHUB_TOKEN}, shop ${SHOPIFY_TOKEN}, key ${ENV_SECRET}, slack ${STRAY_SLACK_TOKEN}`;

describe('secrets never leave an action', () => {
  it('incident: a title and body quoting every secret are posted redacted, open and resolve', async () => {
    const fake = await newFake();
    const env = { ...secretEnv, GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}` };
    const opened = expectExit(
      await runBundle('incident', {
        inputs: {
          action: 'open',
          key: 'canary',
          title: `Leak test ${ENV_SECRET}`,
          body: leakyText,
          'github-token': GITHUB_TOKEN,
        },
        env,
      }),
      0,
    );
    expect(opened.outputs['action-taken']).toBe('create');
    // The secret input was masked for the runner before anything else was printed.
    expect(masks(opened.stdout)).toContain(`::add-mask::${GITHUB_TOKEN}`);
    expectNoCanary(opened, fake);
    // The issue exists and says what it can: redaction replaced, it did not drop the text.
    expect(fake.issues[0]?.title).toContain('Leak test ***');
    expect(fake.issues[0]?.body).toContain('token ***, shop ***, key ***');

    const resolved = expectExit(
      await runBundle('incident', {
        inputs: { action: 'resolve', key: 'canary', body: `fixed; ${leakyText}`, 'github-token': GITHUB_TOKEN },
        env,
      }),
      0,
    );
    expect(resolved.outputs['action-taken']).toBe('close');
    expect(fake.issues[0]?.comments.length).toBeGreaterThan(0);
    expectNoCanary(resolved, fake);
  });

  it('an error message quoting a secret is redacted (bad repository after the config loaded)', async () => {
    const run = expectExit(
      await runBundle('incident', {
        inputs: {
          action: 'open',
          key: 'k',
          title: 't',
          'github-token': GITHUB_TOKEN,
          repository: `acme/${ENV_SECRET}/x`,
        },
        env: secretEnv,
      }),
      2,
    );
    const error = commands(run.stdout, 'error').join('\n');
    expect(error).toMatch(/repository "acme\/\*\*\*\/x" is not valid; expected owner\/name/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expectNoCanary(run);
  });

  it('an invalid configuration quoting a secret is redacted too (before the config exists)', async () => {
    const cwd = await scratch();
    const run = expectExit(
      await runBundle('executor', {
        cwd,
        // A secret pasted into the wrong input, and a bad value of a secret input.
        inputs: { 'max-items': ENV_SECRET, 'llm-api-key': LLM_KEY, 'slack-webhook-url': `not a url ${LLM_KEY}` },
        env: secretEnv,
      }),
      2,
    );
    const error = commands(run.stdout, 'error').join('\n');
    expect(error).toContain('max-items');
    expect(error).toContain('slack-webhook-url');
    expectNoCanary(run);
  });

  it('executor: every secret input is masked for the runner and stays out of outputs and summary', async () => {
    const cwd = await scratch();
    const run = expectExit(
      await runBundle('executor', {
        cwd,
        // The local queue: an action's default is the repository queue, which needs a token.
        inputs: {
          'shopify-admin-token': SHOPIFY_TOKEN,
          'llm-api-key': LLM_KEY,
          state: 'state',
          'queue-backend': 'local',
        },
        env: { MY_API_KEY: ENV_SECRET },
      }),
      0,
    );
    expect(masks(run.stdout)).toEqual(
      expect.arrayContaining([`::add-mask::${SHOPIFY_TOKEN}`, `::add-mask::${LLM_KEY}`]),
    );
    expect(run.outputs.conclusion).toBe('success');
    expectNoCanary(run);
  });
});
