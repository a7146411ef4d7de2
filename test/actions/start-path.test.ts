// What the bundles load before they do anything (issue 12: start-up). Each
// backend's adapter is a chunk file loaded when it is configured, so an
// action's index.js — and the files the CLI's --help loads — hold none of
// them. A marker (a class the library defines) names each; it must be found
// in some chunk file of the bundle, so a renamed class cannot make the test
// pass by finding nothing. Needs `npm run build` (dist/ is checked by CI).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '..', '..', 'dist');

const HEAVY: Record<string, string> = {
  'the OpenTelemetry exporter': 'OTLPMetricExporter',
  'google-auth-library (Sheets)': 'class GoogleAuth',
  'the Shopify client': 'class ShopifyPublisher',
  'the LLM client': 'class OpenAiCompatibleGenerator',
  'sanitize-html (content rendering)': 'sanitizeHtml',
  'yaml (front matter, CONFIG_FILE)': 'YAMLParseError',
  '@actions/http-client and undici (the OIDC client)': 'class HttpClient',
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
