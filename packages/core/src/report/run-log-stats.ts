// Run-log statistics gathered in one pass: the report reads the log as a
// stream and keeps only counters per day and per error code, so memory stays
// bounded by the number of days and codes, not rows (1,000,000 rows work).
import { OUTCOMES, type Outcome, type RunLogRow } from '../model';
import { parseIsoTime } from '../util/iso-time';
import { batchesOf } from '../util/row-batches';

export interface DayStats {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  items: number;
  /** Outcomes published or drafted: the item made it through the gate. */
  passed: number;
  failed: number;
  blocked: number;
  retried: number;
  skipped: number;
  published: number;
  /** passed / (items − skipped), null when nothing was attempted. */
  pass_rate: number | null;
  cost_usd: number;
  tokens_in: number;
  tokens_out: number;
}

/** One run's items and LLM usage, from its run-log rows. */
export interface RunUsageStats {
  items: number;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
}

export interface RunLogStats {
  rows: number;
  /** Rows whose `at` is not a date (they count in `rows` and `outcomes`, not in `days`). */
  undated: number;
  first_at: string | null;
  last_at: string | null;
  outcomes: Record<Outcome, number>;
  pass_rate: number | null;
  cost_usd: number;
  tokens_in: number;
  tokens_out: number;
  /** Oldest first. */
  days: DayStats[];
  /** Error codes of failed, blocked and retried items, most frequent first. */
  failure_codes: Array<{ code: string; count: number }>;
  /** Usage of the runs asked for (`runIds`) that have rows; the others are absent. */
  by_run: Record<string, RunUsageStats>;
}

const FAILING: ReadonlySet<Outcome> = new Set(['failed', 'blocked', 'retry']);

const passRate = (passed: number, attempted: number) => (attempted > 0 ? passed / attempted : null);

// Sums of money in floating point drift over a million rows; keep micro-dollars as integers.
const toMicros = (usd: number) => (Number.isFinite(usd) ? Math.round(usd * 1e6) : 0);
const fromMicros = (micros: number) => micros / 1e6;

interface DayAcc extends Omit<DayStats, 'pass_rate' | 'cost_usd'> {
  cost_micros: number;
}

interface RunAcc extends Omit<RunUsageStats, 'cost_usd'> {
  cost_micros: number;
}

const DAY_MS = 86_400_000;

export class RunLogStatsCollector {
  #rows = 0;
  #undated = 0;
  // Times, not strings: one Date.parse per row, turned back into ISO text once, in result().
  #first = Number.POSITIVE_INFINITY;
  #last = Number.NEGATIVE_INFINITY;
  #outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  /** Keyed by the day's first millisecond (UTC). */
  #days = new Map<number, DayAcc>();
  /** The day the previous row fell on: logs are in time order, so most rows hit it. */
  #day: { start: number; acc: DayAcc } | undefined;
  #codes = new Map<string, number>();
  #costMicros = 0;
  #tokensIn = 0;
  #tokensOut = 0;
  /** Only the runs the report lists: memory stays bounded however many runs the log holds. */
  #runs = new Map<string, RunAcc>();

  constructor(options: { runIds?: Iterable<string> } = {}) {
    for (const id of options.runIds ?? []) {
      this.#runs.set(id, { items: 0, tokens_in: 0, tokens_out: 0, cost_micros: 0 });
    }
  }

  add(row: RunLogRow): void {
    this.#rows++;
    const outcome = row.outcome;
    this.#outcomes[outcome] = (this.#outcomes[outcome] ?? 0) + 1;
    const cost = toMicros(row.cost_usd);
    const tokensIn = Number(row.tokens_in) || 0;
    const tokensOut = Number(row.tokens_out) || 0;
    this.#costMicros += cost;
    this.#tokensIn += tokensIn;
    this.#tokensOut += tokensOut;
    if (this.#runs.size > 0) {
      const run = this.#runs.get(row.run_id);
      if (run) {
        run.items++;
        run.tokens_in += tokensIn;
        run.tokens_out += tokensOut;
        run.cost_micros += cost;
      }
    }
    if (FAILING.has(outcome)) {
      for (const code of row.error_codes) if (code) this.#codes.set(code, (this.#codes.get(code) ?? 0) + 1);
    }

    const time = parseIsoTime(row.at);
    if (Number.isNaN(time)) {
      this.#undated++;
      return;
    }
    if (time < this.#first) this.#first = time;
    if (time > this.#last) this.#last = time;
    const day = this.#dayOf(time);
    day.items++;
    if (outcome === 'published' || outcome === 'scheduled' || outcome === 'drafted') day.passed++;
    if (outcome === 'published') day.published++;
    else if (outcome === 'failed') day.failed++;
    else if (outcome === 'blocked') day.blocked++;
    else if (outcome === 'retry') day.retried++;
    else if (outcome === 'skipped') day.skipped++;
    day.cost_micros += cost;
    day.tokens_in += tokensIn;
    day.tokens_out += tokensOut;
  }

  #dayOf(time: number): DayAcc {
    const current = this.#day;
    if (current && time >= current.start && time < current.start + DAY_MS) return current.acc;
    const start = Math.floor(time / DAY_MS) * DAY_MS;
    let acc = this.#days.get(start);
    if (!acc) {
      acc = {
        date: new Date(start).toISOString().slice(0, 10),
        items: 0,
        passed: 0,
        failed: 0,
        blocked: 0,
        retried: 0,
        skipped: 0,
        published: 0,
        cost_micros: 0,
        tokens_in: 0,
        tokens_out: 0,
      };
      this.#days.set(start, acc);
    }
    this.#day = { start, acc };
    return acc;
  }

  result(topCodes = 10): RunLogStats {
    const o = this.#outcomes;
    const passed = o.published + o.drafted;
    return {
      rows: this.#rows,
      undated: this.#undated,
      first_at: this.#rows > this.#undated ? new Date(this.#first).toISOString() : null,
      last_at: this.#rows > this.#undated ? new Date(this.#last).toISOString() : null,
      outcomes: { ...o },
      pass_rate: passRate(passed, this.#rows - o.skipped),
      cost_usd: fromMicros(this.#costMicros),
      tokens_in: this.#tokensIn,
      tokens_out: this.#tokensOut,
      days: [...this.#days.values()]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map(({ cost_micros, ...day }) => ({
          ...day,
          cost_usd: fromMicros(cost_micros),
          pass_rate: passRate(day.passed, day.items - day.skipped),
        })),
      failure_codes: [...this.#codes.entries()]
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
        .slice(0, topCodes),
      by_run: Object.fromEntries(
        [...this.#runs]
          .filter(([, run]) => run.items > 0)
          .map(([id, { cost_micros, ...run }]) => [id, { ...run, cost_usd: fromMicros(cost_micros) }]),
      ),
    };
  }
}

export async function collectRunLogStats(
  rows: AsyncIterable<RunLogRow>,
  topCodes = 10,
  runIds: Iterable<string> = [],
): Promise<RunLogStats> {
  const collector = new RunLogStatsCollector({ runIds });
  for await (const batch of batchesOf(rows)) for (const row of batch) collector.add(row);
  return collector.result(topCodes);
}
