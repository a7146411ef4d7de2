// The bench's figures: one shape for the table on stdout and for
// bench/results.json, plus the little statistics the groups share.
import { cpus, totalmem } from 'node:os';

export interface BenchResult {
  group: string;
  name: string;
  /** null when the measurement failed (see notes). */
  value: number | null;
  unit: string;
  notes?: string;
  /** The target for this figure, in words ("<= 88 ms (2.0x node -e 0)"), when it has one. */
  target?: string;
  /** Whether the figure meets its target: set with `target`. */
  pass?: boolean;
}

export interface BenchFile {
  generated_at: string;
  node: string;
  machine: { cpus: number; cpu_model: string; mem: number };
  options: Record<string, unknown>;
  results: BenchResult[];
  /** Billed GitHub Actions minutes a month at the default schedules (scripts/minutes.ts). */
  minutes?: Record<string, unknown>;
}

export function benchFile(results: BenchResult[], options: Record<string, unknown>): BenchFile {
  const list = cpus();
  return {
    generated_at: new Date().toISOString(),
    node: process.version,
    machine: { cpus: list.length, cpu_model: list[0]?.model ?? 'unknown', mem: totalmem() },
    options,
    results,
  };
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** PASS or FAIL beside a figure that has a target; nothing beside one that has none. */
export function mark(result: BenchResult): string {
  if (result.target === undefined) return '';
  return result.pass ? 'PASS' : 'FAIL';
}

/** A plain-text table: group, name, value and unit aligned, then the target and its mark, notes last. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [
    r.group,
    r.name,
    r.value === null ? '-' : String(r.value),
    r.unit,
    r.target ?? '',
    mark(r),
    r.notes ?? '',
  ]);
  const head = ['group', 'name', 'value', 'unit', 'target', 'ok', 'notes'];
  const last = head.length - 1;
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 2 ? cell.padStart(widths[i] ?? 0) : i === last ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w, i) => (i === last ? '-----' : '-'.repeat(w)))), ...rows.map(line)].join('\n');
}
