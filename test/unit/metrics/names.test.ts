import { describe, expect, it } from 'vitest';
import { UserError } from '../../../packages/core/src/errors';
import { LABEL_NAME, METRIC_NAME, validateLabelName, validateMetricName } from '../../../packages/core/src/metrics';

describe('metric names (Prometheus data model)', () => {
  it.each(['autopilot_items_total', 'a:b_c', '_x', 'autopilot_item_duration_seconds'])('accepts %s', (name) => {
    expect(METRIC_NAME.test(name)).toBe(true);
  });

  it.each(['1abc', 'has-dash', 'has space', '', 'é_total'])('rejects %j', (name) => {
    expect(METRIC_NAME.test(name)).toBe(false);
    expect(() => validateMetricName(name, 'gauge')).toThrow(UserError);
  });

  it('requires counters to end with _total and others not to', () => {
    expect(() => validateMetricName('autopilot_items', 'counter')).toThrow(/must end with "_total"/);
    expect(() => validateMetricName('autopilot_items_total', 'counter')).not.toThrow();
    expect(() => validateMetricName('autopilot_queue_total', 'gauge')).toThrow(/must not end with "_total"/);
    expect(() => validateMetricName('autopilot_duration_seconds_count', 'histogram')).toThrow(/_count/);
  });

  it('checks label names, reserving __*, le and quantile', () => {
    expect(LABEL_NAME.test('outcome')).toBe(true);
    expect(LABEL_NAME.test('a:b')).toBe(false);
    expect(() => validateLabelName('m', 'service')).not.toThrow();
    expect(() => validateLabelName('m', '9lives')).toThrow(/label "9lives" of metric "m" is invalid/);
    expect(() => validateLabelName('m', '__name__')).toThrow(/reserved/);
    expect(() => validateLabelName('m', 'quantile')).toThrow(/reserved/);
    expect(() => validateLabelName('m', 'le')).toThrow(/reserved/);
  });
});
