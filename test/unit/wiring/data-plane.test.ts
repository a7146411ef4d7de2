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

function startError(env: Record<string, string>, controlPlane?: 'local' | 'actions'): string {
  try {
    plane(env, controlPlane);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a start-up UserError');
}

describe('buildDataPlane: backends chosen by what is configured', () => {
  it('runs on the local files, the local site and no generator by default', () => {
    const p = plane({});
    expect(p.describe.queue).toMatch(/queue\.csv/);
    expect(p.describe.publisher).toMatch(/site/);
    expect(p.describe.generator).toMatch(/none/);
    expect(p.generator).toBeUndefined();
  });

  it('SHEETS_ID selects the Sheets queue and run log', () => {
    const p = plane({ SHEETS_ID: 'sheet-1', GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.token' });
    expect(p.describe.queue).toMatch(/Sheets|sheet-1/);
    expect(Object.keys(p.stats())).toContain('sheets');
  });

  it('in an action without SHEETS_ID: queue.csv and run_log.csv on the state branch; in the CLI: the local files', () => {
    const github = { GITHUB_TOKEN: 'ghs_x', GITHUB_REPOSITORY: 'acme/blog' };
    const action = plane(github, 'actions');
    expect(action.queueBackend).toBe('repo');
    expect(action.describe.queue).toBe('acme/blog:queue.csv@autopilot-state (and run_log.csv)');
    expect(action.stats()).toMatchObject({ github: { requests: 0, retries: 0 } });
    expect(plane(github, 'local').queueBackend).toBe('local');
    expect(plane({ ...github, STATE_BRANCH: 'ops/state' }, 'actions').describe.queue).toContain('@ops/state');
    // SHEETS_ID still selects the Sheet, in an action too; QUEUE_BACKEND wins over both.
    expect(plane({ SHEETS_ID: 's', GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.t' }, 'actions').queueBackend).toBe('sheets');
    expect(plane({ ...github, SHEETS_ID: 's', QUEUE_BACKEND: 'repo' }, 'local').queueBackend).toBe('repo');
    expect(plane({ QUEUE_BACKEND: 'local' }, 'actions').queueBackend).toBe('local');
  });

  it('SHOPIFY_STORE_DOMAIN selects the Shopify publisher', () => {
    const p = plane({ SHOPIFY_STORE_DOMAIN: 'tea-shop.myshopify.com', SHOPIFY_ADMIN_TOKEN: 'shpat_x' });
    expect(p.describe.publisher).toMatch(/tea-shop\.myshopify\.com/);
  });

  it('LLM_BASE_URL selects the generator, with the model from CONFIG_FILE when LLM_MODEL is unset', async () => {
    const file = join(dir, 'autopilot.yml');
    await writeFile(file, 'model: llama3.1\ntemperature: 0.2\n');
    const p = plane({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', CONFIG_FILE: file });
    expect(p.generator).toBeDefined();
    expect(p.describe.generator).toBe('llama3.1 at http://127.0.0.1:11434/v1');
  });
});

describe('buildDataPlane: start-up errors name the setting', () => {
  it('a malformed GOOGLE_SERVICE_ACCOUNT_JSON, even beside a token', () => {
    const message = startError({
      SHEETS_ID: 'sheet-1',
      GOOGLE_SERVICE_ACCOUNT_JSON: '{not json',
      GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.token',
    });
    expect(message).toMatch(/GOOGLE_SERVICE_ACCOUNT_JSON is not valid JSON/);
    expect(message).not.toContain('{not json');
  });

  it('a key JSON without its private key', () => {
    expect(startError({ SHEETS_ID: 's', GOOGLE_SERVICE_ACCOUNT_JSON: '{"client_email":"a@b"}' })).toMatch(
      /GOOGLE_SERVICE_ACCOUNT_JSON has no private_key/,
    );
  });

  it('a Shopify store without credentials', () => {
    expect(startError({ SHOPIFY_STORE_DOMAIN: 'tea-shop.myshopify.com' })).toMatch(
      /SHOPIFY_ADMIN_TOKEN, or SHOPIFY_CLIENT_ID and SHOPIFY_CLIENT_SECRET/,
    );
  });

  it('the repository queue without a token names github-token (a UserError: exit 2)', () => {
    const message = startError({ GITHUB_REPOSITORY: 'acme/blog' }, 'actions');
    expect(message).toMatch(
      /^queue-backend is repo \(queue\.csv on the branch autopilot-state\): github-token is missing/,
    );
    expect(message).toContain('Contents: write');
  });

  it('the repository queue never on the branch the workflows run from', () => {
    const env = { GITHUB_TOKEN: 'ghs_x', GITHUB_REPOSITORY: 'acme/blog', QUEUE_BACKEND: 'repo', STATE_BRANCH: 'main' };
    expect(startError(env)).toMatch(/state-branch is main, the branch the workflows run from/);
  });

  it('queue-backend sheets without a sheets-id, and a malformed state-branch', () => {
    expect(startError({ QUEUE_BACKEND: 'sheets' })).toMatch(
      /queue-backend is sheets but sheets-id \(SHEETS_ID\) is not set/,
    );
    expect(startError({ QUEUE_BACKEND: 'cloud' })).toMatch(/QUEUE_BACKEND.*local, sheets or repo/);
    expect(startError({ STATE_BRANCH: 'bad..name' })).toMatch(/STATE_BRANCH.*a branch name/);
  });

  it('an LLM without a model', () => {
    expect(startError({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toMatch(/no model: set LLM_MODEL/);
  });
});
