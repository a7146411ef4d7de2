// Bench: the report and the CSV export over a 1,000,000-row run log, read
// from disk through the local CsvRunLog (streamed). Each phase runs in a
// process of its own (bench/report-phase.ts), so its peak RSS is its own;
// the figure next to it, peak minus the process's RSS before the work, shows
// whether the phase kept rows in memory. The export runs again over a log a
// tenth the size: flat memory means the same growth for both.
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { stringify } from 'csv-stringify';
import { OUTCOMES, RUN_LOG_COLUMNS } from '../packages/core/src/model';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The target for the figure, in words, and whether it is met. */
  target?: string;
  pass?: boolean;
}

/** Issue 12: a million rows in at most 3 s and 200 MB peak; export memory flat. */
export const REPORT_TARGETS = { seconds: 3, peakMb: 200, flatMarginMb: 20 };

const ROWS = 1_000_000;
const MB = 1024 * 1024;

/** Deterministic rows spread over ~one year, one every 30 seconds. */
async function* generatedRows(count: number) {
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const outcome = OUTCOMES[i % 7 === 0 ? 3 : i % 5 === 0 ? 2 : i % 2] ?? 'published';
    yield [
      new Date(start + i * 30_000).toISOString(),
      `run-${Math.floor(i / 20)}`,
      `trace-${Math.floor(i / 20)}`,
      i % 2 === 0 ? 'publish' : 'review',
      `item-${i}`,
      outcome,
      outcome === 'blocked' ? 'BLOCK' : outcome === 'failed' ? '' : 'PASS',
      outcome === 'blocked' ? 'BODY_TOO_SHORT|MISSING_H2' : outcome === 'failed' ? 'LLM_TIMEOUT' : '',
      1,
      1000 + (i % 5000),
      1200,
      600,
      0.0042,
      outcome === 'published' ? `gid://shopify/Article/${i}` : '',
    ];
  }
}

/** Run `work` while sampling RSS; returns its duration and the peak RSS seen. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, seconds: (performance.now() - started) / 1000, peakRssMb: peak / MB };
  } finally {
    clearInterval(timer);
  }
}

interface PhaseFigures {
  seconds: number;
  cpu_seconds: number;
  rows: number;
  baseline_rss_mb: number;
  peak_rss_mb: number;
}

const PHASE_SCRIPT = fileURLToPath(new URL('./report-phase.ts', import.meta.url));

/** One phase in a fresh Node process (tsx loads the TypeScript). */
async function phase(name: 'report' | 'export', stateDir: string): Promise<PhaseFigures> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PHASE_SCRIPT, name, stateDir], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as PhaseFigures;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function writeLog(path: string, rows: number) {
  return measure(() =>
    pipeline(
      Readable.from(generatedRows(rows)),
      stringify({ header: true, columns: [...RUN_LOG_COLUMNS], record_delimiter: 'unix' }),
      createWriteStream(path),
    ),
  );
}

export async function benchReport(rows = ROWS): Promise<BenchFigure[]> {
  const stateDir = await mkdtemp(join(tmpdir(), 'bench-report-'));
  const smallDir = await mkdtemp(join(tmpdir(), 'bench-report-small-'));
  try {
    const logPath = join(stateDir, 'run_log.csv');
    const generate = await writeLog(logPath, rows);
    const fileMb = (await stat(logPath)).size / MB;
    const report = await phase('report', stateDir);
    if (report.rows !== rows) throw new Error(`report saw ${report.rows} rows, expected ${rows}`);
    const exported = await phase('export', stateDir);
    const smallRows = Math.round(rows / 10);
    await writeLog(join(smallDir, 'run_log.csv'), smallRows);
    const small = await phase('export', smallDir);

    const { seconds, peakMb, flatMarginMb } = REPORT_TARGETS;
    const within = (value: number, limit: number, unit: string) => ({
      target: `<= ${limit} ${unit}`,
      pass: value <= limit,
    });
    const growth = (figures: PhaseFigures) => figures.peak_rss_mb - figures.baseline_rss_mb;
    return [
      { name: 'report.run_log_rows', value: rows, unit: 'rows' },
      { name: 'report.run_log_file_size', value: round(fileMb, 1), unit: 'MB' },
      { name: 'report.generate_log_time', value: round(generate.seconds), unit: 's' },
      { name: 'report.build_time', value: round(report.seconds), unit: 's', ...within(report.seconds, seconds, 's') },
      { name: 'report.build_cpu_time', value: round(report.cpu_seconds), unit: 's' },
      { name: 'report.build_rows_per_second', value: Math.round(rows / report.seconds), unit: 'rows/s' },
      {
        name: 'report.build_peak_rss',
        value: round(report.peak_rss_mb, 1),
        unit: 'MB',
        ...within(report.peak_rss_mb, peakMb, 'MB'),
      },
      { name: 'report.build_rss_growth', value: round(report.peak_rss_mb - report.baseline_rss_mb, 1), unit: 'MB' },
      {
        name: 'report.csv_export_time',
        value: round(exported.seconds),
        unit: 's',
        ...within(exported.seconds, seconds, 's'),
      },
      { name: 'report.csv_export_cpu_time', value: round(exported.cpu_seconds), unit: 's' },
      { name: 'report.csv_export_rows_written', value: exported.rows, unit: 'rows' },
      {
        name: 'report.csv_export_peak_rss',
        value: round(exported.peak_rss_mb, 1),
        unit: 'MB',
        ...within(exported.peak_rss_mb, peakMb, 'MB'),
      },
      {
        name: 'report.csv_export_rss_growth',
        value: round(exported.peak_rss_mb - exported.baseline_rss_mb, 1),
        unit: 'MB',
      },
      {
        name: `report.csv_export_rss_growth_at_${smallRows}_rows`,
        value: round(small.peak_rss_mb - small.baseline_rss_mb, 1),
        unit: 'MB',
      },
      {
        // Flat: ten times the log, the same growth over the process's start (within the margin);
        // growth, not peak, because the start itself varies by more than the margin.
        name: `report.csv_export_rss_growth_${rows}_vs_${smallRows}_rows`,
        value: round(growth(exported) - growth(small), 1),
        unit: 'MB',
        target: `<= ${flatMarginMb} MB (flat)`,
        pass: growth(exported) - growth(small) <= flatMarginMb,
      },
    ];
  } finally {
    await rm(stateDir, { recursive: true, force: true });
    await rm(smallDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2]) || ROWS;
  for (const figure of await benchReport(rows)) console.log(`${figure.name}\t${figure.value}\t${figure.unit}`);
}
