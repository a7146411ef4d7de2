// Which backends the configuration selects, and the start-up errors that name
// the missing or malformed setting before any row could be claimed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../packages/core/src/config';
import { UserError } from '../../../packages/core/src/errors';
import { createLogger } from '../../../packages/core/src/log/logger';
import { buildDataPlane } from '../../../packages/core/src/wiring/data-plane';
import { statePaths } from '../../../packages/core/src/wiring/paths';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'autopilot-wiring-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function plane(env: Record<string, string>, controlPlane?: 'local' | 'actions') {
  const config = loadConfig({ env: { STATE: dir, ...env } });
  const ctx = {
    paths: statePaths(dir),
    log: createLogger({ format: 'text', traceId: 't', write: () => {} }),
    redact: (text: string) => text,
    env: {},
    controlPlane,
  };
  return buildDataPlane(config, ctx);
}

async function startError(env: Record<string, string>, controlPlane?: 'local' | 'actions'): Promise<string> {
  try {
    await plane(env, controlPlane);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a start-up UserError');
}

describe('buildDataPlane: backends chosen by what is configured', () => {
  it('runs on the local files, the local site and no generator by default', async () => {
    const p = await plane({});
    expect(p.describe.queue).toMatch(/queue\.csv/);
    expect(p.describe.publisher).toMatch(/site/);
    expect(p.describe.generator).toMatch(/none/);
    expect(p.generator).toBeUndefined();
  });

  it('SHEETS_ID selects the Sheets queue and run log', async () => {
    const p = await plane({ SHEETS_ID: 'sheet-1', GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.token' });
    expect(p.describe.queue).toMatch(/Sheets|sheet-1/);
    expect(Object.keys(p.stats())).toContain('sheets');
  });

  it('in an action without SHEETS_ID: queue.csv and run_log.csv on the state branch; in the CLI: the local files', async () => {
    const github = { GITHUB_TOKEN: 'ghs_x', GITHUB_REPOSITORY: 'acme/blog' };
    const action = await plane(github, 'actions');
    expect(action.queueBackend).toBe('repo');
    expect(action.describe.queue).toBe('acme/blog:queue.csv@autopilot-state (and run_log.csv)');
    expect(action.stats()).toMatchObject({ github: { requests: 0, retries: 0 } });
    expect((await plane(github, 'local')).queueBackend).toBe('local');
    expect((await plane({ ...github, STATE_BRANCH: 'ops/state' }, 'actions')).describe.queue).toContain('@ops/state');
    // SHEETS_ID still selects the Sheet, in an action too; QUEUE_BACKEND wins over both.
    expect((await plane({ SHEETS_ID: 's', GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.t' }, 'actions')).queueBackend).toBe(
      'sheets',
    );
    expect((await plane({ ...github, SHEETS_ID: 's', QUEUE_BACKEND: 'repo' }, 'local')).queueBackend).toBe('repo');
    expect((await plane({ QUEUE_BACKEND: 'local' }, 'actions')).queueBackend).toBe('local');
  });

  it('SHOPIFY_STORE_DOMAIN selects the Shopify publisher', async () => {
    const p = await plane({ SHOPIFY_STORE_DOMAIN: 'tea-shop.myshopify.com', SHOPIFY_ADMIN_TOKEN: 'shpat_x' });
    expect(p.describe.publisher).toMatch(/tea-shop\.myshopify\.com/);
  });

  it('LLM_BASE_URL selects the generator, with the model from CONFIG_FILE when LLM_MODEL is unset', async () => {
    const file = join(dir, 'autopilot.yml');
    await writeFile(file, 'model: llama3.1\ntemperature: 0.2\n');
    const p = await plane({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', CONFIG_FILE: file });
    expect(p.generator).toBeDefined();
    expect(p.describe.generator).toBe('llama3.1 at http://127.0.0.1:11434/v1');
  });
});

describe('buildDataPlane: start-up errors name the setting', () => {
  it('a malformed GOOGLE_SERVICE_ACCOUNT_JSON, even beside a token', async () => {
    const message = await startError({
      SHEETS_ID: 'sheet-1',
      GOOGLE_SERVICE_ACCOUNT_JSON: '{not json',
      GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.token',
    });
    expect(message).toMatch(/GOOGLE_SERVICE_ACCOUNT_JSON is not valid JSON/);
    expect(message).not.toContain('{not json');
  });

  it('a key JSON without its private key', async () => {
    expect(await startError({ SHEETS_ID: 's', GOOGLE_SERVICE_ACCOUNT_JSON: '{"client_email":"a@b"}' })).toMatch(
      /GOOGLE_SERVICE_ACCOUNT_JSON has no private_key/,
    );
  });

  it('a Shopify store without credentials', async () => {
    expect(await startError({ SHOPIFY_STORE_DOMAIN: 'tea-shop.myshopify.com' })).toMatch(
      /SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET/,
    );
  });

  it('the repository queue without a token names github-token (a UserError: exit 2)', async () => {
    const message = await startError({ GITHUB_REPOSITORY: 'acme/blog' }, 'actions');
    expect(message).toMatch(
      /^queue-backend is repo \(queue\.csv on the branch autopilot-state\): github-token is missing/,
    );
    expect(message).toContain('Contents: write');
  });

  it('the repository queue never on the branch the workflows run from', async () => {
    const env = { GITHUB_TOKEN: 'ghs_x', GITHUB_REPOSITORY: 'acme/blog', QUEUE_BACKEND: 'repo', STATE_BRANCH: 'main' };
    expect(await startError(env)).toMatch(/state-branch is main, the branch the workflows run from/);
  });

  it('queue-backend sheets without a sheets-id, and a malformed state-branch', async () => {
    expect(await startError({ QUEUE_BACKEND: 'sheets' })).toMatch(
      /queue-backend is sheets but sheets-id \(SHEETS_ID\) is not set/,
    );
    expect(await startError({ QUEUE_BACKEND: 'cloud' })).toMatch(/QUEUE_BACKEND.*local, sheets or repo/);
    expect(await startError({ STATE_BRANCH: 'bad..name' })).toMatch(/STATE_BRANCH.*a branch name/);
  });

  it('an LLM without a model', async () => {
    expect(await startError({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toMatch(/no model: set LLM_MODEL/);
  });
});
