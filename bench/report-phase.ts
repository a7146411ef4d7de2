// One phase of the report bench in a process of its own, so its peak memory
// is its own and not what earlier bench groups left behind:
//   node --import tsx bench/report-phase.ts report|export STATE_DIR
// prints {"seconds", "cpu_seconds", "rows", "baseline_rss_mb", "peak_rss_mb"} as JSON
// (CPU time too: on a shared machine the wall time says as much about the neighbours).
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { CsvRunLog } from '../packages/core/src/adapters/local/run-log-csv';
import { QUEUE_COLUMNS, type QueueRow } from '../packages/core/src/model';
import { buildReport, exportRunHistoryCsv } from '../packages/core/src/report';

const MB = 1024 * 1024;
const [phase, stateDir] = process.argv.slice(2);
if ((phase !== 'report' && phase !== 'export') || !stateDir) {
  console.error('usage: report-phase.ts report|export STATE_DIR');
  process.exit(2);
}

const queueRow = (row: number): QueueRow => ({
  ...(Object.fromEntries(QUEUE_COLUMNS.map((c) => [c, ''])) as Record<(typeof QUEUE_COLUMNS)[number], string>),
  id: `q-${row}`,
  status: 'PENDING',
  row,
  extra: {},
});

const runLog = new CsvRunLog({ stateDir });
// After the imports, before the work: what the phase adds is peak − baseline.
const baseline = process.memoryUsage().rss;
let peak = baseline;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 25);
const started = performance.now();
const cpuStarted = process.cpuUsage();
let rows: number;
if (phase === 'report') {
  const report = await buildReport({
    queueRows: Array.from({ length: 100 }, (_, i) => queueRow(i + 1)),
    runLog: runLog.read(),
    runs: [],
    decisionLog: { last_decision: null, history: [] },
    incidents: [],
    now: new Date(),
  });
  rows = report.data.run_log.rows;
} else {
  const exported = await exportRunHistoryCsv(runLog.read(), createWriteStream(join(stateDir, 'export.csv')), {
    status: ['failed', 'blocked'],
  });
  rows = exported.rows;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
clearInterval(timer);
// maxRSS (KiB) catches a peak between two samples.
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
console.log(
  JSON.stringify({
    seconds,
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    rows,
    baseline_rss_mb: baseline / MB,
    peak_rss_mb: peak / MB,
  }),
);
