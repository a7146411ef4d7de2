// `npm run minutes`: the billed job-minutes a month of the scheduled
// workflows at their defaults (scripts/minutes-estimate.ts), as a table, and
// the figure merged into bench/results.json under `minutes` (the rest of the
// file, written by `npm run bench`, is kept; the bench writes this key too).
// `--no-write` only prints. Exits 1 when the schedules bill more than BUDGET.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { estimateMinutes, type MinutesEstimate, MONTH_DAYS, minutesTable } from './minutes-estimate';

/** The target at the defaults: half a private repository's 2,000 free minutes. */
export const BUDGET = 1000;

/** The estimate from the workflow files of the repository at `root`. */
export function estimateRepository(root: string): MinutesEstimate {
  const dir = join(root, '.github', 'workflows');
  const files = new Map(
    readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
  return estimateMinutes(files);
}

/** The `minutes` entry of bench/results.json. */
export function minutesRecord(estimate: MinutesEstimate): Record<string, unknown> {
  return {
    unit: 'billed job-minutes per month',
    month_days: Math.round(MONTH_DAYS * 100) / 100,
    budget: BUDGET,
    scheduled: Math.round(estimate.totalMinutesPerMonth),
    upper_bound_with_dispatches: Math.round(estimate.upperBoundWithDispatches),
    workflows: estimate.workflows.map((w) => ({
      workflow: w.workflow,
      crons: w.crons.map((c) => ({ ...c, runsPerMonth: Math.round(c.runsPerMonth * 10) / 10 })),
      jobs: w.jobs,
      minutes_per_month: Math.round(w.minutesPerMonth),
    })),
  };
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  const estimate = estimateRepository(root);
  const total = Math.round(estimate.totalMinutesPerMonth);
  console.log(minutesTable(estimate));
  console.log(
    `\n${total} billed minutes a month from the schedules (budget ${BUDGET}); at most ${Math.round(estimate.upperBoundWithDispatches)} if every supervisor run also dispatches a publish run.`,
  );
  if (!process.argv.includes('--no-write')) {
    const path = join(root, 'bench', 'results.json');
    const results = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    results.minutes = minutesRecord(estimate);
    writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`wrote the figure to ${path} (minutes)`);
  }
  if (total > BUDGET) {
    console.error(`over budget: ${total} > ${BUDGET} billed minutes a month`);
    process.exitCode = 1;
  }
}
