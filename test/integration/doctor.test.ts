// `autopilot doctor` against the fakes of GitHub, Google Sheets, Shopify and
// an OpenAI-compatible LLM: with everything right every check passes and the
// command exits 0; each misconfiguration makes exactly its own check fail,
// with its fix, while the unrelated checks still pass (checks that depend on
// the failed one are skipped, not passed), and the command exits 1. No secret
// reaches stdout, stderr or the job summary, even when a server echoes it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { doctorCommand } from '../../packages/cli/src/commands/doctor';
import { main } from '../../packages/cli/src/main';
import { CHECK_IDS, type CheckResult } from '../../packages/core/src/services/doctor';
import { useFakeGitHub } from '../fakes/github-fixture';
import type { FakeGitHub } from '../fakes/github-server';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../fakes/openai-server';
import { type FakeSheetsServer, startFakeSheets } from '../fakes/sheets-server';
import { type FakeShopify, type FakeShopifyOptions, startFakeShopify } from '../fakes/shopify-server';
import { testCli } from './cli/cli-context';

// Canary secrets: none of these may be printed anywhere.
const GITHUB_TOKEN = 'ghcanary_doctor_token_0001';
const SHOPIFY_SECRET = 'shcanary_doctor_secret_0002';
const LLM_KEY = 'llmcanary_doctor_key_0003';
const GOOGLE_TOKEN = 'gcanary_doctor_token_0004';
const CANARIES = [GITHUB_TOKEN, SHOPIFY_SECRET, LLM_KEY, GOOGLE_TOKEN];

const QUEUE_HEADER = ['id', 'title', 'brief', 'keywords', 'status', 'approval'];
const NOW = new Date('2026-12-02T12:00:00Z');

const newGitHub = useFakeGitHub();
let github: FakeGitHub;
let sheets: FakeSheetsServer;
let shopify: FakeShopify;
let llm: FakeOpenAiServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'autopilot-doctor-'));
  sheets = await startFakeSheets({ token: GOOGLE_TOKEN });
  llm = await startFakeOpenAiServer({ apiKey: LLM_KEY, models: ['test-model'] });
});
afterAll(async () => {
  await Promise.all([sheets.close(), llm.close()]);
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  github = await newGitHub();
  github.variables.set('WF_ENABLED', { value: 'true', created_at: NOW.toISOString(), updated_at: NOW.toISOString() });
  github.variables.set('ALLOW_PUBLISH', {
    value: 'human_disabled',
    created_at: NOW.toISOString(),
    updated_at: NOW.toISOString(),
  });
  sheets.addSpreadsheet('sheet-1', { Queue: [QUEUE_HEADER, ['a1', 'First post']], RunLog: [] });
  shopify = await startShopify();
});
afterEach(async () => {
  await shopify.close();
});

function startShopify(options: FakeShopifyOptions = {}): Promise<FakeShopify> {
  return startFakeShopify({
    clientId: 'client-1',
    clientSecret: SHOPIFY_SECRET,
    blogs: ['news'],
    scopes: ['read_content', 'write_content', 'read_products'],
    ...options,
  });
}

function env(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_TOKEN,
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_API_URL: github.url,
    SHEETS_ID: 'sheet-1',
    SHEETS_API_URL: sheets.url,
    GOOGLE_OAUTH_ACCESS_TOKEN: GOOGLE_TOKEN,
    SHOPIFY_STORE_DOMAIN: 'my-store.myshopify.com',
    SHOPIFY_API_URL: shopify.graphqlUrl(),
    SHOPIFY_CLIENT_ID: 'client-1',
    SHOPIFY_CLIENT_SECRET: SHOPIFY_SECRET,
    SHOPIFY_BLOG_HANDLE: 'news',
    LLM_BASE_URL: llm.baseUrl,
    LLM_MODEL: 'test-model',
    LLM_API_KEY: LLM_KEY,
    REQUEST_TIMEOUT: '5',
    ...overrides,
  };
}

interface Run {
  code: number;
  checks: CheckResult[];
  text: string;
  summary: string;
}

async function doctor(overrides: Record<string, string> = {}): Promise<Run> {
  const summaryFile = join(dir, `summary-${Math.random().toString(36).slice(2)}.md`);
  const human = testCli(['doctor'], NOW, env({ GITHUB_STEP_SUMMARY: summaryFile, ...overrides }));
  const code = await doctorCommand(human.ctx, []);
  const machine = testCli(['doctor', '--json'], NOW, env(overrides));
  const codeJson = await doctorCommand(machine.ctx, []);
  expect(codeJson).toBe(code);
  const { checks } = JSON.parse(machine.stdout.join('\n')) as { checks: CheckResult[] };
  const text = [...human.stdout, ...human.stderr, ...machine.stderr].join('\n');
  const summary = await readFile(summaryFile, 'utf8');
  for (const canary of CANARIES) {
    expect(text).not.toContain(canary);
    expect(summary).not.toContain(canary);
  }
  return { code, checks, text, summary };
}

const ALL_IDS: readonly string[] = CHECK_IDS;

/** Exactly `id` failed (its fix mentions `fix`); `skipped` were skipped; every other check passed. */
function expectOnly(run: Run, id: string, fix: RegExp, skipped: string[] = []): void {
  expect(run.code).toBe(1);
  const failed = run.checks.filter((c) => c.status === 'fail');
  expect(failed.map((c) => c.id)).toEqual([id]);
  expect(failed[0]?.fix).toMatch(fix);
  expect(run.text).toContain(`✗ `);
  expect(run.text).toMatch(new RegExp(`\\[${id.replace('.', '\\.')}\\]\\n    fix: `));
  expect(run.checks.filter((c) => c.status === 'skip').map((c) => c.id)).toEqual(skipped);
  const passed = run.checks.filter((c) => c.status === 'pass').map((c) => c.id);
  expect(passed).toEqual(ALL_IDS.filter((x) => x !== id && !skipped.includes(x)));
}

describe('autopilot doctor against the fakes', () => {
  it('passes every check and exits 0 when all is configured, having changed nothing', async () => {
    const run = await doctor();
    expect(run.checks.map((c) => [c.id, c.status])).toEqual(ALL_IDS.map((id) => [id, 'pass']));
    expect(run.code).toBe(0);
    expect(run.text).toContain('All checks passed: 14 passed, 0 failed, 0 skipped.');
    expect(run.summary).toContain('| ✓ |');
    // The write probes changed nothing: no variable, issue, file, commit or run appeared.
    expect([...github.variables.keys()].sort()).toEqual(['ALLOW_PUBLISH', 'WF_ENABLED']);
    expect(github.variables.get('WF_ENABLED')?.value).toBe('true');
    expect(github.issues).toEqual([]);
    expect(github.commits).toEqual([]);
    expect(github.runs).toEqual([]);
    expect(shopify.articles).toEqual([]);
  });

  it('a token without Variables: write fails github.variables-write only', async () => {
    github.grant(GITHUB_TOKEN, { actions: 'write', issues: 'write', contents: 'write', actions_variables: 'read' });
    const run = await doctor();
    expectOnly(run, 'github.variables-write', /Variables: Read and write.*permission-actions-variables: write/);
    const check = run.checks.find((c) => c.id === 'github.variables-write');
    expect(check?.detail).toContain('Resource not accessible by integration');
    expect(check?.detail).toContain('actions_variables=write');
  });

  it('each missing permission fails its own check, with GitHub’s own words', async () => {
    github.grant(
      GITHUB_TOKEN,
      { actions: 'read', actions_variables: 'write', issues: 'read', contents: 'read' },
      'fine-grained',
    );
    const run = await doctor();
    const failed = run.checks.filter((c) => c.status === 'fail');
    expect(failed.map((c) => c.id)).toEqual(['github.actions-write', 'github.issues-write', 'github.contents-write']);
    expect(failed.every((c) => c.detail.includes('Resource not accessible by personal access token'))).toBe(true);
    expect(failed.map((c) => /: (Read and write)/.exec(c.fix ?? '')?.[1])).toEqual(Array(3).fill('Read and write'));
  });

  it('a missing WF_ENABLED fails variables.WF_ENABLED only', async () => {
    github.variables.delete('WF_ENABLED');
    const run = await doctor();
    expectOnly(run, 'variables.WF_ENABLED', /set WF_ENABLED to true/);
  });

  it('an ALLOW_PUBLISH with an invalid value fails variables.ALLOW_PUBLISH, suggesting the safe value', async () => {
    github.variables.set('ALLOW_PUBLISH', { value: 'yes', created_at: '', updated_at: '' });
    const run = await doctor();
    expectOnly(run, 'variables.ALLOW_PUBLISH', /set ALLOW_PUBLISH to human_disabled/);
    expect(run.checks.find((c) => c.id === 'variables.ALLOW_PUBLISH')?.detail).toContain('"yes"');
  });

  it('a Sheet without the run-log tab fails sheets.runlog-tab only', async () => {
    sheets.addSpreadsheet('sheet-1', { Queue: [QUEUE_HEADER] });
    const run = await doctor();
    expectOnly(run, 'sheets.runlog-tab', /add a tab named "RunLog"/);
  });

  it('a Queue tab whose header has no id column fails sheets.queue-tab only', async () => {
    sheets.addSpreadsheet('sheet-1', {
      Queue: [
        ['title', 'brief'],
        ['First post', ''],
      ],
      RunLog: [],
    });
    const run = await doctor();
    expectOnly(run, 'sheets.queue-tab', /put the queue header in row 1 of "Queue"/);
  });

  it('a bad Shopify client secret fails shopify.credentials; scopes and blog are skipped, not passed', async () => {
    const run = await doctor({ SHOPIFY_CLIENT_SECRET: 'shcanary_wrong_secret_0005' });
    expectOnly(run, 'shopify.credentials', /Dev Dashboard → your app → Settings/, ['shopify.scopes', 'shopify.blog']);
    expect(run.text).not.toContain('shcanary_wrong_secret_0005');
  });

  it('a missing blog fails shopify.blog only', async () => {
    const run = await doctor({ SHOPIFY_BLOG_HANDLE: 'stories' });
    expectOnly(run, 'shopify.blog', /set SHOPIFY_BLOG_HANDLE/);
  });

  it('an app without write_content fails shopify.scopes; the blog is not looked up', async () => {
    await shopify.close();
    shopify = await startShopify({ scopes: ['read_content', 'read_products'] });
    const run = await doctor();
    expectOnly(run, 'shopify.scopes', /write_content/, ['shopify.blog']);
    expect(run.checks.find((c) => c.id === 'shopify.scopes')?.detail).toBe(
      'missing write_content (granted: read_content, read_products)',
    );
  });

  it('a legacy Admin API token is checked by the Admin API itself', async () => {
    const ok = await doctor({ SHOPIFY_ADMIN_TOKEN: 'shpat_test', SHOPIFY_CLIENT_ID: '', SHOPIFY_CLIENT_SECRET: '' });
    expect(ok.code).toBe(0);
    const bad = await doctor({
      SHOPIFY_ADMIN_TOKEN: 'shcanary_revoked_0006',
      SHOPIFY_CLIENT_ID: '',
      SHOPIFY_CLIENT_SECRET: '',
    });
    expectOnly(bad, 'shopify.credentials', /Dev Dashboard app/, ['shopify.scopes', 'shopify.blog']);
  });

  it('a repository with issues turned off fails github.issues-write with where to turn them on', async () => {
    github.issuesDisabled = true;
    const run = await doctor();
    expectOnly(run, 'github.issues-write', /Features → Issues/);
  });

  it('an LLM that 404s the model fails llm.model only', async () => {
    const run = await doctor({ LLM_MODEL: 'gpt-nonexistent' });
    expectOnly(run, 'llm.model', /set LLM_MODEL/);
    expect(run.checks.find((c) => c.id === 'llm.model')?.detail).toContain('gpt-nonexistent');
  });

  it('redacts a secret a server sends back', async () => {
    llm.failNext(2, { status: 400, message: `bad request for key ${LLM_KEY}` });
    const run = await doctor();
    const check = run.checks.find((c) => c.id === 'llm.model');
    expect(check?.status).toBe('fail');
    expect(check?.detail).toContain('***');
  });
});

describe('autopilot doctor usage', () => {
  it('exits 2 for an unknown check group or a bad setting, naming it', async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
    expect(await main(['doctor', 'shopfy'], io)).toBe(2);
    expect(out.join('\n')).toContain('unknown check group "shopfy"');
    expect(await main(['doctor', '--request-timeout', 'soon'], io)).toBe(2);
    expect(out.join('\n')).toContain('request-timeout');
  });

  it('runs only the groups asked for', async () => {
    const { ctx, stdout } = testCli(['doctor', '--json'], NOW, env());
    expect(await doctorCommand(ctx, ['variables', 'llm'])).toBe(0);
    const { checks } = JSON.parse(stdout.join('\n')) as { checks: CheckResult[] };
    expect(checks.map((c) => c.id)).toEqual(['variables.WF_ENABLED', 'variables.ALLOW_PUBLISH', 'llm.model']);
  });
});
