// `npm run bench`: start-up and bundle sizes, executor throughput on the
// embedded default and against the local Sheets/Shopify servers, and the
// report over a 1,000,000-row run log. Prints a table and writes
// bench/results.json. A group that fails is shown as FAILED, the others
// still run, and the bench exits 1.
//
//   npm run bench                    the full run (several minutes)
//   npm run bench -- --quick         smaller sizes, prints only (no file unless --out)
//   npm run bench -- --only startup,services   some groups: startup, local, services, report
//   npm run bench -- --out FILE      where to write the JSON
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { estimateRepository, minutesRecord } from '../scripts/minutes';
import { benchLocalExecutor, benchLocalStores } from './executor-local';
import { benchServiceExecutor, SERVICE_DEFAULTS } from './executor-services';
import { benchReport } from './report';
import { type BenchResult, benchFile, formatTable } from './results';
import { benchStartup } from './startup';

const GROUPS = ['startup', 'local', 'services', 'report'] as const;
type Group = (typeof GROUPS)[number];

const SIZES = {
  full: {
    startupRuns: 7,
    // End to end up to 10,000 items (ten runs of 1,000, the max-items ceiling, timed together); the
    // flat figure compares the largest with the smallest. NEAR_DUPLICATE reads a shingle index, not every row.
    localSizes: [100, 1000, 10_000],
    storeSizes: [100, 1000, 10_000],
    serviceItems: SERVICE_DEFAULTS.items,
    reportRows: 1_000_000,
  },
  quick: {
    startupRuns: 3,
    localSizes: [100],
    storeSizes: [100, 1000],
    serviceItems: 10,
    reportRows: 100_000,
  },
};

function usage(message: string): never {
  console.error(`bench: ${message}\nusage: npm run bench -- [--quick] [--only ${GROUPS.join(',')}] [--out FILE]`);
  process.exit(2);
}

function parse() {
  let values: { quick?: boolean; only?: string; out?: string };
  try {
    ({ values } = parseArgs({
      options: { quick: { type: 'boolean' }, only: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  const only = values.only?.split(',').map((g) => g.trim()) ?? [...GROUPS];
  const unknown = only.filter((g) => !(GROUPS as readonly string[]).includes(g));
  if (unknown.length > 0) usage(`unknown group(s) ${unknown.join(', ')}; expected ${GROUPS.join(', ')}`);
  const quick = values.quick ?? false;
  const out = values.out ?? (quick ? undefined : resolve(import.meta.dirname, 'results.json'));
  return { quick, groups: only as Group[], out, sizes: quick ? SIZES.quick : SIZES.full };
}

async function main(): Promise<number> {
  const { quick, groups, out, sizes } = parse();
  const runners: Record<Group, () => Promise<BenchResult[]>> = {
    startup: () => benchStartup(sizes.startupRuns),
    local: async () => [
      ...(await benchLocalExecutor(sizes.localSizes)),
      ...(await benchLocalStores(sizes.storeSizes, quick ? 30 : 50)),
    ],
    services: () => benchServiceExecutor({ ...SERVICE_DEFAULTS, items: sizes.serviceItems }),
    report: async () =>
      (await benchReport(sizes.reportRows)).map((f) => ({
        group: 'report',
        ...f,
        name: f.name.replace(/^report\./, ''),
      })),
  };
  const results: BenchResult[] = [];
  for (const group of groups) {
    const started = performance.now();
    console.error(`bench: ${group}…`);
    try {
      results.push(...(await runners[group]()));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`bench: ${group} FAILED: ${message}`);
      results.push({ group, name: 'FAILED', value: null, unit: '', notes: message.split('\n')[0] });
    }
    console.error(`bench: ${group} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(formatTable(results));
  if (out) {
    const { sheetsLatencyMs, shopifyLatencyMs, llmLatencyMs, sheetsBudgetPerMinute } = SERVICE_DEFAULTS;
    const options = { quick, groups, ...sizes, sheetsLatencyMs, shopifyLatencyMs, llmLatencyMs, sheetsBudgetPerMinute };
    // The schedules' billed minutes too (`npm run minutes` writes the same key).
    const file = {
      ...benchFile(results, options),
      minutes: minutesRecord(estimateRepository(resolve(import.meta.dirname, '..'))),
    };
    await writeFile(out, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`\nwrote ${out}`);
  }
  const missed = results.filter((r) => r.target !== undefined && !r.pass);
  if (missed.length > 0)
    console.error(`\nbench: ${missed.length} figure(s) miss their target: ${missed.map((r) => r.name).join(', ')}`);
  const failures = results.filter((r) => r.name.startsWith('FAILED'));
  for (const f of failures) console.error(`\nbench: ${f.group} ${f.name}: ${f.notes ?? ''}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
