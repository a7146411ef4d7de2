// Billed GitHub Actions minutes of the scheduled workflows, from the workflow
// files alone: runs a month of each `on.schedule` cron, times the minutes each
// job bills per run. GitHub bills every job separately and rounds each up to
// a whole minute, so a job's figure is a whole number of minutes: the
// `# billed-minutes: N` comment inside the job says what we assume one run of
// it bills (N may be fractional, e.g. 1.5; it is rounded up).
//
// The cron parser is hand-written: no cron library is a dependency, and the
// subset GitHub documents (five POSIX fields; `*`, lists, ranges, `/` steps,
// JAN–DEC and SUN–SAT) is small. Only counting matters here, not next-run
// times, so a schedule's `timezone:` does not change the figure (daylight
// saving moves a run or two a year).
import { type Document, isMap, isPair, isScalar, parseDocument } from 'yaml';

/** Days in the average month of a common year. */
export const MONTH_DAYS = 365 / 12;

export interface Cron {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  days: ReadonlySet<number>;
  months: ReadonlySet<number>;
  weekdays: ReadonlySet<number>;
  /** POSIX: when both day fields are restricted, a day matches either. */
  daysRestricted: boolean;
  weekdaysRestricted: boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function value(text: string, min: number, names: string[] | undefined, field: string): number {
  const byName = names?.indexOf(text.toUpperCase()) ?? -1;
  if (byName >= 0) return byName + min;
  if (!/^\d+$/.test(text)) throw new Error(`cron ${field}: "${text}" is not a number`);
  return Number(text);
}

function field(text: string, min: number, max: number, name: string, names?: string[]): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1)
      throw new Error(`cron ${name}: step "${stepText}" is not a whole number ≥ 1`);
    let from = min;
    let to = max;
    if (range !== '*') {
      const [a = '', b] = range.split('-');
      from = value(a, min, names, name);
      // `5/15` counts from 5 to the end; `5` alone is just 5.
      to = b !== undefined ? value(b, min, names, name) : stepText !== undefined ? max : from;
    }
    if (from < min || to > max || from > to) throw new Error(`cron ${name}: "${part}" is outside ${min}-${max}`);
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

export function parseCron(expression: string): Cron {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`cron "${expression}": expected 5 fields, found ${parts.length}`);
  const [m = '', h = '', dom = '', mon = '', dow = ''] = parts;
  return {
    minutes: field(m, 0, 59, 'minute'),
    hours: field(h, 0, 23, 'hour'),
    days: field(dom, 1, 31, 'day of month'),
    months: field(mon, 1, 12, 'month', MONTHS),
    weekdays: field(dow, 0, 6, 'day of week', WEEKDAYS),
    daysRestricted: dom !== '*',
    weekdaysRestricted: dow !== '*',
  };
}

/** Runs of a cron in a common year (2027, a Friday to a Friday), divided by 12. */
export function runsPerMonth(expression: string): number {
  const cron = parseCron(expression);
  const perDay = cron.minutes.size * cron.hours.size;
  let days = 0;
  for (let d = 0; d < 365; d++) {
    const date = new Date(Date.UTC(2027, 0, 1 + d));
    const dayMatch = cron.days.has(date.getUTCDate());
    const weekdayMatch = cron.weekdays.has(date.getUTCDay());
    const matches =
      cron.daysRestricted && cron.weekdaysRestricted
        ? dayMatch || weekdayMatch
        : (!cron.daysRestricted || dayMatch) && (!cron.weekdaysRestricted || weekdayMatch);
    if (matches && cron.months.has(date.getUTCMonth() + 1)) days++;
  }
  return (days * perDay) / 12;
}

export interface JobEstimate {
  job: string;
  /** Whole minutes one run of the job bills. */
  minutes: number;
}

export interface WorkflowEstimate {
  workflow: string;
  crons: { cron: string; timezone?: string; runsPerMonth: number }[];
  jobs: JobEstimate[];
  runsPerMonth: number;
  minutesPerRun: number;
  minutesPerMonth: number;
  /** The workflow file this one's supervisor step may dispatch (once per run). */
  dispatches?: string;
}

export interface MinutesEstimate {
  workflows: WorkflowEstimate[];
  /** Scheduled runs only: what the defaults bill a month. */
  totalMinutesPerMonth: number;
  /** Plus one dispatched run per run of a dispatching workflow: the most the defaults can bill. */
  upperBoundWithDispatches: number;
}

const BILLED = /#\s*billed-minutes:\s*(\d+(?:\.\d+)?)/;

function jobEstimates(doc: Document, source: string, file: string): JobEstimate[] {
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) throw new Error(`${file}: no jobs`);
  return jobs.items.filter(isPair).map((pair) => {
    const job = isScalar(pair.key) ? String(pair.key.value) : '?';
    const from = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0;
    const to = (pair.value as { range?: [number, number, number] } | null)?.range?.[2] ?? source.length;
    const comment = BILLED.exec(source.slice(from, to));
    if (!comment) throw new Error(`${file}: job ${job} has no "# billed-minutes: N" comment`);
    // GitHub rounds each job up to a whole minute.
    return { job, minutes: Math.max(1, Math.ceil(Number(comment[1]))) };
  });
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** The estimate for one workflow file; undefined when it has no schedule. */
export function estimateWorkflow(file: string, source: string): WorkflowEstimate | undefined {
  const doc = parseDocument(source);
  const spec = doc.toJS() as {
    on?: { schedule?: { cron: string; timezone?: string }[] };
    jobs?: Record<string, { steps?: Step[] }>;
  };
  const schedule = spec.on?.schedule;
  if (!schedule || schedule.length === 0) return undefined;
  const crons = schedule.map((s) => ({ cron: s.cron, timezone: s.timezone, runsPerMonth: runsPerMonth(s.cron) }));
  const jobs = jobEstimates(doc, source, file);
  const runs = crons.reduce((sum, c) => sum + c.runsPerMonth, 0);
  const perRun = jobs.reduce((sum, j) => sum + j.minutes, 0);
  const dispatching = Object.values(spec.jobs ?? {})
    .flatMap((j) => j.steps ?? [])
    .find((s) => s.uses === './actions/supervisor');
  return {
    workflow: file,
    crons,
    jobs,
    runsPerMonth: runs,
    minutesPerRun: perRun,
    minutesPerMonth: runs * perRun,
    dispatches: dispatching ? String(dispatching.with?.['workflow-file'] ?? 'publish.yml') : undefined,
  };
}

/** The estimate for a set of workflow files (name → YAML text). */
export function estimateMinutes(files: ReadonlyMap<string, string>): MinutesEstimate {
  const workflows = [...files]
    .map(([file, source]) => estimateWorkflow(file, source))
    .filter((w): w is WorkflowEstimate => w !== undefined);
  const total = workflows.reduce((sum, w) => sum + w.minutesPerMonth, 0);
  const dispatched = workflows.reduce((sum, w) => {
    if (!w.dispatches) return sum;
    const target = workflows.find((t) => t.workflow === w.dispatches);
    return sum + (target ? w.runsPerMonth * target.minutesPerRun : 0);
  }, 0);
  return { workflows, totalMinutesPerMonth: total, upperBoundWithDispatches: total + dispatched };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The table `npm run minutes` prints (and README.md shows). */
export function minutesTable(estimate: MinutesEstimate): string {
  const rows = estimate.workflows.flatMap((w) =>
    w.crons.map((c) => [
      w.workflow,
      `\`${c.cron}\`${c.timezone ? ` (${c.timezone})` : ' (UTC)'}`,
      String(round1(c.runsPerMonth)),
      w.jobs.map((j) => `${j.job} ${j.minutes}`).join(', '),
      String(Math.round(c.runsPerMonth * w.minutesPerRun)),
    ]),
  );
  const lines = [
    '| workflow | cron | runs/month | billed minutes per run (job) | billed minutes/month |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    `| **total (schedules)** | | | | **${Math.round(estimate.totalMinutesPerMonth)}** |`,
  ];
  return lines.join('\n');
}
