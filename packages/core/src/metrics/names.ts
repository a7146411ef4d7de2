// Metric and label names of the Prometheus data model
// (https://prometheus.io/docs/concepts/data_model/): checked when a metric is
// declared, so a typo fails in a unit test, not in a scraper.
import { UserError } from '../errors';

export const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
export const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Suffixes the exposition of each type adds itself; a declared name must not end with them. */
const RESERVED_SUFFIXES: Record<string, string[]> = {
  counter: ['_bucket', '_sum', '_count'],
  gauge: ['_total', '_bucket', '_sum', '_count'],
  histogram: ['_total', '_bucket', '_sum', '_count'],
};

export function validateMetricName(name: string, type: 'counter' | 'gauge' | 'histogram'): void {
  if (!METRIC_NAME.test(name)) {
    throw new UserError(
      `metric name "${name}" is invalid: expected letters, digits, '_' or ':' (not starting with a digit)`,
    );
  }
  if (type === 'counter' && !name.endsWith('_total')) {
    throw new UserError(`counter "${name}" must end with "_total" (Prometheus naming convention)`);
  }
  const clash = RESERVED_SUFFIXES[type]?.find((suffix) => name.endsWith(suffix));
  if (clash) throw new UserError(`${type} "${name}" must not end with "${clash}"`);
}

export function validateLabelName(metric: string, label: string): void {
  if (!LABEL_NAME.test(label)) {
    throw new UserError(
      `label "${label}" of metric "${metric}" is invalid: expected letters, digits or '_' (not starting with a digit)`,
    );
  }
  if (label.startsWith('__'))
    throw new UserError(`label "${label}" of metric "${metric}": names starting with "__" are reserved`);
  if (label === 'quantile' || label === 'le') {
    throw new UserError(`label "${label}" of metric "${metric}" is reserved for summaries and histograms`);
  }
}
