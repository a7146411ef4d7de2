// A metrics registry for one short-lived process (an action run or a CLI
// command): it only accumulates in memory; exporters read a snapshot at the
// end (Prometheus file, OTLP). Hand-written rather than prom-client (not a
// dependency) because it is small and must also keep raw histogram values for
// exact quantiles (see quantile.ts).

import { validateLabelName, validateMetricName } from './names';
import { DEFAULT_QUANTILES, nearestRank } from './quantile';

export type Labels = Record<string, string>;
export type MetricType = 'counter' | 'gauge' | 'histogram';

export interface MetricOptions<L extends string = string> {
  help: string;
  labelNames?: readonly L[];
  /**
   * Label sets whose series exist from the start at 0 (counters and gauges).
   * A series that is never written prints no sample at all, and a dashboard
   * cannot tell "zero" from "not reported": known label sets avoid that.
   * `[{}]` for a metric without labels.
   */
  initialLabels?: readonly Record<L, string>[];
}

export interface HistogramOptions<L extends string = string> extends Omit<MetricOptions<L>, 'initialLabels'> {
  /** Quantiles reported for this histogram. Default p50, p95, p99. */
  quantiles?: readonly number[];
}

export interface Counter<L extends string = string> {
  inc(labels?: Record<L, string>, value?: number): void;
}
export interface Gauge<L extends string = string> {
  set(value: number, labels?: Record<L, string>): void;
  inc(labels?: Record<L, string>, value?: number): void;
}
export interface Histogram<L extends string = string> {
  observe(value: number, labels?: Record<L, string>): void;
}

export interface ValueSeries {
  labels: Labels;
  value: number;
}
export interface HistogramSeries {
  labels: Labels;
  count: number;
  sum: number;
  /** Every observed value, ascending. */
  values: number[];
  quantiles: Array<{ quantile: number; value: number }>;
}

export type MetricSnapshot =
  | { type: 'counter' | 'gauge'; name: string; help: string; labelNames: string[]; series: ValueSeries[] }
  | {
      type: 'histogram';
      name: string;
      help: string;
      labelNames: string[];
      quantiles: number[];
      series: HistogramSeries[];
    };

interface Family {
  type: MetricType;
  name: string;
  help: string;
  labelNames: string[];
  quantiles: number[];
  /** Series by label key, in first-recorded order. */
  series: Map<string, { labels: Labels; value: number; values: number[] }>;
}

export class MetricsRegistry {
  readonly #families = new Map<string, Family>();

  counter<L extends string = never>(name: string, options: MetricOptions<L>): Counter<L> {
    const family = this.#declare('counter', name, options);
    for (const labels of options.initialLabels ?? []) this.#series(family, labels);
    return {
      inc: (labels, value = 1) => {
        checkNumber(name, value);
        if (value < 0) throw new RangeError(`counter ${name} can only go up, got inc(${value})`);
        this.#series(family, labels).value += value;
      },
    };
  }

  gauge<L extends string = never>(name: string, options: MetricOptions<L>): Gauge<L> {
    const family = this.#declare('gauge', name, options);
    for (const labels of options.initialLabels ?? []) this.#series(family, labels);
    return {
      set: (value, labels) => {
        checkNumber(name, value);
        this.#series(family, labels).value = value;
      },
      inc: (labels, value = 1) => {
        checkNumber(name, value);
        this.#series(family, labels).value += value;
      },
    };
  }

  histogram<L extends string = never>(name: string, options: HistogramOptions<L>): Histogram<L> {
    const family = this.#declare('histogram', name, options);
    return {
      observe: (value, labels) => {
        checkNumber(name, value);
        const series = this.#series(family, labels);
        series.values.push(value);
        series.value += value;
      },
    };
  }

  /** Everything recorded so far, metrics by name, series in first-recorded order. */
  snapshot(): MetricSnapshot[] {
    return [...this.#families.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((f): MetricSnapshot => {
        const base = { name: f.name, help: f.help, labelNames: [...f.labelNames] };
        if (f.type !== 'histogram') {
          return {
            ...base,
            type: f.type,
            series: [...f.series.values()].map((s) => ({ labels: { ...s.labels }, value: s.value })),
          };
        }
        return {
          ...base,
          type: 'histogram',
          quantiles: [...f.quantiles],
          series: [...f.series.values()].map((s) => {
            const values = [...s.values].sort((a, b) => a - b);
            return {
              labels: { ...s.labels },
              count: values.length,
              sum: s.value,
              values,
              quantiles: f.quantiles.map((q) => ({ quantile: q, value: nearestRank(values, q) })),
            };
          }),
        };
      });
  }

  #declare(type: MetricType, name: string, options: HistogramOptions<string>): Family {
    validateMetricName(name, type);
    const labelNames = [...(options.labelNames ?? [])];
    for (const label of labelNames) validateLabelName(name, label);
    if (new Set(labelNames).size !== labelNames.length) throw new Error(`metric ${name} declares a label twice`);
    const quantiles = [...(options.quantiles ?? DEFAULT_QUANTILES)];
    for (const q of quantiles)
      if (!(q >= 0 && q <= 1)) throw new RangeError(`metric ${name}: quantile ${q} not in [0, 1]`);

    const existing = this.#families.get(name);
    if (existing) {
      // Declaring twice is fine (two modules share a metric) as long as it is the same metric.
      if (existing.type !== type || existing.labelNames.join() !== labelNames.join()) {
        throw new Error(
          `metric ${name} is already declared as a ${existing.type} with labels [${existing.labelNames}]`,
        );
      }
      return existing;
    }
    const family: Family = { type, name, help: options.help, labelNames, quantiles, series: new Map() };
    this.#families.set(name, family);
    return family;
  }

  #series(family: Family, labels: Labels = {}) {
    const given = Object.keys(labels);
    const missing = family.labelNames.filter((l) => !(l in labels));
    const unknown = given.filter((l) => !family.labelNames.includes(l));
    if (missing.length > 0 || unknown.length > 0) {
      throw new Error(
        `metric ${family.name} takes labels [${family.labelNames}]` +
          (missing.length ? `; missing [${missing}]` : '') +
          (unknown.length ? `; unknown [${unknown}]` : ''),
      );
    }
    const ordered: Labels = {};
    for (const l of family.labelNames) ordered[l] = String(labels[l]);
    const key = JSON.stringify(family.labelNames.map((l) => ordered[l]));
    let series = family.series.get(key);
    if (!series) {
      series = { labels: ordered, value: 0, values: [] };
      family.series.set(key, series);
    }
    return series;
  }
}

function checkNumber(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`metric ${name}: value must be a finite number, got ${value}`);
}
