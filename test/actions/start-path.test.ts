// What the bundles load before they do anything (issue 12: start-up). Each
// backend's adapter is a chunk file loaded when it is configured, so an
// action's index.js — and the files the CLI's --help loads — hold none of
// them. A marker (a class the library defines) names each; it must be found
// in some chunk file of the bundle, so a renamed class cannot make the test
// pass by finding nothing. Needs `npm run build` (dist/ is checked by CI).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../fakes/github-server';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

const HEAVY: Record<string, string> = {
  'the OpenTelemetry exporter': 'OTLPMetricExporter',
  'google-auth-library (Sheets)': 'class GoogleAuth',
  'the Shopify client': 'class ShopifyPublisher',
  'the LLM client': 'class OpenAiCompatibleGenerator',
  'sanitize-html (content rendering)': 'sanitizeHtml',
  'yaml (front matter, CONFIG_FILE)': 'YAMLParseError',
  '@actions/http-client and undici (the OIDC client)': 'class HttpClient',
  'zod (state-file and LLM schemas)': '$constructor("$ZodType"',
  'the local site (publisher and store)': 'class SitePublisher',
};

/** Which of the markers the bundle's chunk files hold (where the adapters went). */
function inChunks(name: string): Set<string> {
  const dir = join(DIST, name);
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.index.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return new Set(Object.values(HEAVY).filter((marker) => text.includes(marker)));
}

function heavyIn(text: string): string[] {
  return Object.entries(HEAVY)
    .filter(([, marker]) => text.includes(marker))
    .map(([what]) => what);
}

describe('start path of each action: index.js loads no backend it is not configured for', () => {
  it.each(['executor', 'heartbeat-check', 'incident', 'reconcile', 'supervisor'])('%s', (name) => {
    const index = readFileSync(join(DIST, name, 'index.js'), 'utf8');
    expect(heavyIn(index)).toEqual([]);
  });

  it('the executor keeps every backend and the item pipeline in chunk files (the markers are real)', () => {
    const chunks = inChunks('executor');
    for (const [what, marker] of Object.entries(HEAVY)) {
      if (marker === 'class HttpClient') continue; // not bundled at all any more
      expect(chunks.has(marker), what).toBe(true);
    }
  });

  it('heartbeat-check reading a file loads no Octokit (it is in a chunk, for the branch and variable sources)', () => {
    expect(readFileSync(join(DIST, 'heartbeat-check', 'index.js'), 'utf8')).not.toContain('class Octokit');
    const dir = join(DIST, 'heartbeat-check');
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.index.js'));
    expect(chunks.some((f) => readFileSync(join(dir, f), 'utf8').includes('class Octokit'))).toBe(true);
  });
});

describe("the CLI's --help", () => {
  it('loads the command table, not the commands: no backend, no report, no Octokit', () => {
    // Every file the process loads, through a module hook, one line each on stderr.
    const hook = `import { registerHooks } from 'node:module';
registerHooks({ load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); } });`;
    const run = spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, join(DIST, 'cli', 'index.js'), '--help'],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('autopilot');
    const loaded = [...run.stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => fileURLToPath(m[1] ?? ''));
    expect(loaded.length).toBeGreaterThan(0);
    const text = loaded.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(heavyIn(text)).toEqual([]);
    expect(text).not.toContain('class Octokit');
    // The commands are there, in chunk files that --help did not load.
    const all = readdirSync(join(DIST, 'cli')).filter((f) => f.endsWith('.js'));
    expect(all.length).toBeGreaterThan(loaded.length);
  });
});

function spawnAsync(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; encoding: 'utf8' },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

// Every file a process loads, through a module hook, one line each on stderr.
const LOAD_HOOK = `import { registerHooks } from 'node:module';
registerHooks({ load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); } });`;

describe('what the GitHub-side actions load while they run (not only index.js)', () => {
  let github: FakeGitHub;
  let root: string;
  beforeAll(async () => {
    github = await new FakeGitHub().start();
    root = mkdtempSync(join(tmpdir(), 'start-path-'));
    writeFileSync(join(root, 'out'), '');
    writeFileSync(join(root, 'summary'), '');
  });
  afterAll(async () => {
    await github.close();
    rmSync(root, { recursive: true, force: true });
  });

  // The bench's no-op paths: the supervisor and reconcile read the queue and
  // GitHub, the incident action one issue list. None publishes: none loads a
  // publisher, the local site, zod or any other backend.
  it.each([
    ['supervisor', { 'INPUT_DRY-RUN': 'true' }],
    ['reconcile', { 'INPUT_DRY-RUN': 'true' }],
    ['incident', { INPUT_ACTION: 'resolve', INPUT_KEY: 'no-such-incident' }],
  ])('%s', async (name, inputs) => {
    // Not spawnSync: the fake GitHub answers from this process's event loop.
    const run = await spawnAsync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(LOAD_HOOK)}`, join(DIST, name, 'index.js')],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          GITHUB_OUTPUT: join(root, 'out'),
          GITHUB_STEP_SUMMARY: join(root, 'summary'),
          INPUT_STATE: join(root, 'state'),
          GITHUB_TOKEN: 'start-path-token',
          GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
          GITHUB_API_URL: github.url,
          ...inputs,
        },
      },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const loaded = [...run.stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => fileURLToPath(m[1] ?? ''));
    expect(loaded.some((file) => file.endsWith(join(name, 'index.js')))).toBe(true);
    const text = loaded.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(heavyIn(text)).toEqual([]);
  });
});
