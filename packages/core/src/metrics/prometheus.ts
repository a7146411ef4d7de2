// The Prometheus text exposition format (version 0.0.4), written to a file
// the workflows upload as an artifact. Histograms are written as summaries
// (quantile="0.5" … plus _sum and _count): each file is the snapshot of one
// run, read by people and diffed between runs rather than aggregated by a
// scraper, so exact quantiles say more than bucket counts.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Labels, MetricSnapshot, MetricsRegistry } from './registry';

const escapeHelp = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeLabelValue = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

export function formatSampleValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

function labelText(labels: Labels, extra?: [string, string]): string {
  const pairs = Object.entries(labels);
  if (extra) pairs.push(extra);
  if (pairs.length === 0) return '';
  return `{${pairs.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}

function formatMetric(metric: MetricSnapshot): string[] {
  const type = metric.type === 'histogram' ? 'summary' : metric.type;
  const lines = [`# HELP ${metric.name} ${escapeHelp(metric.help)}`, `# TYPE ${metric.name} ${type}`];
  if (metric.type !== 'histogram') {
    for (const s of metric.series) lines.push(`${metric.name}${labelText(s.labels)} ${formatSampleValue(s.value)}`);
    return lines;
  }
  for (const s of metric.series) {
    for (const q of s.quantiles) {
      lines.push(
        `${metric.name}${labelText(s.labels, ['quantile', String(q.quantile)])} ${formatSampleValue(q.value)}`,
      );
    }
    lines.push(`${metric.name}_sum${labelText(s.labels)} ${formatSampleValue(s.sum)}`);
    lines.push(`${metric.name}_count${labelText(s.labels)} ${formatSampleValue(s.count)}`);
  }
  return lines;
}

/** The registry as exposition text: HELP and TYPE for every declared metric, then its samples. */
export function formatPrometheus(registry: MetricsRegistry): string {
  const lines = registry.snapshot().flatMap(formatMetric);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Write the exposition to `path` (atomically: a reader never sees half a file). */
export async function writePrometheusFile(registry: MetricsRegistry, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, formatPrometheus(registry), 'utf8');
  await rename(temp, path);
}
