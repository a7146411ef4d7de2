// Bench: start-up time of each bundled action (dist/<name>/index.js) on a
// no-op path, next to `node -e 0` measured in the same rounds, and the size
// of each bundle. Each no-op path parses its inputs, builds its adapters and
// does its (small) real work, with nothing to do:
//   heartbeat-check  a state folder without a heartbeat file (warns "missing")
//   executor         review mode on an empty state folder (no queue rows)
//   supervisor       dry-run on an empty queue: reads GitHub, decides "skip"
//   reconcile        dry-run on an empty run log: decides "no_data"
//   incident         resolve of a key with no open issue
//   cli              `--help`
// The four that talk to GitHub use the local fake GitHub (test/fakes),
// which answers at once, so the figures are start-up, not network.
//
// Targets (issue 12): each bundle's median at most 2.0x the median of
// `node -e 0` measured in the same rounds (heartbeat-check and incident at
// most 1.5x), and the CLI's `--help` at most 2.0x. A second baseline, Node
// making one request to the fake GitHub (`node + one fetch`), is measured
// too: Node's fetch (undici, loaded on first use) alone costs more than the
// 2.0x allowance, which is why the actions send their GitHub requests over
// node:http (util/http-fetch.ts); `node + one http request` is that floor,
// and the four actions that call GitHub are also shown against it (not a
// target).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeGitHub } from '../test/fakes/github-server';
import { type BenchResult, percentile, round } from './results';

// BENCH_DIST: another build to measure (`node scripts/build.mjs /tmp/x`), to compare two.
const DIST = resolve(process.env.BENCH_DIST ?? join(import.meta.dirname, '..', 'dist'));

/** Each bundle's allowance, as a multiple of `node -e 0`'s median (issue 12). */
export const STARTUP_TARGETS: Readonly<Record<string, number>> = {
  'heartbeat-check': 1.5,
  incident: 1.5,
  executor: 2.0,
  supervisor: 2.0,
  reconcile: 2.0,
  cli: 2.0,
};

/** The target beside a median: at most `factor` times the baseline's median. */
export function startupTarget(median: number, baseline: number, factor: number): Pick<BenchResult, 'target' | 'pass'> {
  const limit = Math.round(baseline * factor);
  return { target: `<= ${limit} ms (${factor.toFixed(1)}x node -e 0)`, pass: Math.round(median) <= limit };
}

interface Scenario {
  name: string;
  args: string[];
  env: Record<string, string>;
  /** How the no-op path is reached, for the notes. */
  path: string;
}

interface Outcome {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Wall time from spawn to exit. Async on purpose: the fake GitHub answers from this process. */
function timeRun(args: string[], env: Record<string, string>): Promise<Outcome> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ ms: performance.now() - started, code, stdout, stderr }));
  });
}

/** A no-op path that failed is not a start-up figure: stop the bench and show why. */
function check(scenario: Scenario, outcome: Outcome): void {
  const failed = outcome.code !== 0 || /^::error::/m.test(outcome.stdout);
  if (failed) {
    throw new Error(
      `start-up bench: ${scenario.name} (${scenario.path}) did not finish cleanly (exit ${outcome.code}):\n` +
        `${outcome.stdout.slice(-1500)}${outcome.stderr.slice(-1500)}`,
    );
  }
}

/** Bytes of index.js plus its chunk files (N.index.js). */
export async function bundleSize(folder: string): Promise<{ bytes: number; indexBytes: number; chunks: number }> {
  const files = (await readdir(folder)).filter((f) => f.endsWith('.js'));
  let bytes = 0;
  let indexBytes = 0;
  for (const file of files) {
    const size = (await stat(join(folder, file))).size;
    bytes += size;
    if (file === 'index.js') indexBytes = size;
  }
  return { bytes, indexBytes, chunks: files.length - 1 };
}

async function bundles(): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(DIST, { withFileTypes: true })) {
    if (entry.isDirectory() && (await readdir(join(DIST, entry.name))).includes('index.js')) names.push(entry.name);
  }
  if (names.length === 0) throw new Error(`no bundles under ${DIST}: run \`npm run build\` first`);
  return names.sort();
}

function scenarios(names: string[], root: string, github: FakeGitHub): Scenario[] {
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_OUTPUT: join(root, 'github_output'),
    GITHUB_STEP_SUMMARY: join(root, 'step_summary'),
    INPUT_STATE: join(root, 'state'),
  };
  const withGitHub = {
    ...base,
    GITHUB_TOKEN: 'bench-token',
    GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
    GITHUB_API_URL: github.url,
  };
  const known: Record<string, Omit<Scenario, 'name' | 'args'>> = {
    'heartbeat-check': { env: base, path: 'no heartbeat file' },
    // The Actions default queue: queue.csv on the state branch, which is empty.
    executor: { env: { ...withGitHub, INPUT_MODE: 'review' }, path: 'review, empty repo queue, fake GitHub' },
    supervisor: { env: { ...withGitHub, 'INPUT_DRY-RUN': 'true' }, path: 'dry-run, empty queue, fake GitHub' },
    reconcile: { env: { ...withGitHub, 'INPUT_DRY-RUN': 'true' }, path: 'dry-run, empty run log, fake GitHub' },
    incident: {
      env: { ...withGitHub, INPUT_ACTION: 'resolve', INPUT_KEY: 'bench-no-such-incident' },
      path: 'resolve, no open issue, fake GitHub',
    },
    cli: { env: base, path: '--help' },
  };
  const fetchOnce = `await fetch(${JSON.stringify(`${github.url}/repos/${github.owner}/${github.repo}`)}).then((r) => r.arrayBuffer())`;
  const getOnce = `import { get } from 'node:http'; await new Promise((done, fail) => get(${JSON.stringify(`${github.url}/repos/${github.owner}/${github.repo}`)}, (r) => r.resume().on('end', done)).on('error', fail))`;
  const list: Scenario[] = [
    { name: 'node -e 0', args: ['-e', '0'], env: base, path: 'baseline' },
    {
      name: 'node + one http request',
      args: ['--input-type=module', '-e', getOnce],
      env: base,
      path: 'baseline: one GET to the fake GitHub through node:http, as the actions send theirs',
    },
    {
      name: 'node + one fetch',
      args: ['--input-type=module', '-e', fetchOnce],
      env: base,
      path: 'baseline: one GET to the fake GitHub',
    },
  ];
  for (const name of names) {
    const scenario = known[name];
    if (!scenario) throw new Error(`start-up bench: no no-op path known for dist/${name}; add one to bench/startup.ts`);
    const script = join(DIST, name, 'index.js');
    list.push({ name, args: name === 'cli' ? [script, '--help'] : [script], ...scenario });
  }
  return list;
}

export async function benchStartup(runs: number): Promise<BenchResult[]> {
  const root = await mkdtemp(join(tmpdir(), 'bench-startup-'));
  const github = await new FakeGitHub().start();
  try {
    await writeFile(join(root, 'github_output'), '');
    await writeFile(join(root, 'step_summary'), '');
    const names = await bundles();
    const list = scenarios(names, root, github);
    const times = new Map<string, number[]>(list.map((s) => [s.name, []]));
    // One warm-up round (file cache), then rounds that visit every scenario,
    // so a slow moment of the machine touches all of them alike.
    for (let round = 0; round <= runs; round++) {
      for (const scenario of list) {
        const outcome = await timeRun(scenario.args, scenario.env);
        check(scenario, outcome);
        if (round > 0) times.get(scenario.name)?.push(outcome.ms);
      }
    }
    const baseline = percentile(times.get('node -e 0') ?? [], 50);
    const httpBaseline = percentile(times.get('node + one http request') ?? [], 50);
    const results: BenchResult[] = [];
    for (const scenario of list) {
      const ms = times.get(scenario.name) ?? [];
      const median = percentile(ms, 50);
      const isBaseline = scenario.name === 'node -e 0';
      const callsGitHub = scenario.env.GITHUB_API_URL !== undefined;
      const extra = isBaseline
        ? ''
        : `; ${(median / baseline).toFixed(2)}x node -e 0, +${Math.round(median - baseline)} ms` +
          (callsGitHub ? `; ${(median / httpBaseline).toFixed(2)}x node + one http request` : '');
      const factor = STARTUP_TARGETS[scenario.name];
      results.push({
        group: 'start-up',
        name: `${scenario.name} median`,
        value: Math.round(median),
        unit: 'ms',
        notes: `p90 ${Math.round(percentile(ms, 90))} ms over ${runs} runs (${scenario.path})${extra}`,
        ...(factor === undefined ? {} : startupTarget(median, baseline, factor)),
      });
    }
    for (const name of names) {
      const size = await bundleSize(join(DIST, name));
      results.push({
        group: 'bundle size',
        name: `dist/${name}`,
        value: round(size.bytes / 1024 / 1024, 2),
        unit: 'MiB',
        notes: `${size.bytes} bytes: index.js ${size.indexBytes}${size.chunks ? ` + ${size.chunks} chunk files` : ''}`,
      });
    }
    return results;
  } finally {
    await github.close();
    await rm(root, { recursive: true, force: true });
  }
}
