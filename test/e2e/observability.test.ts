// Issue 5's end-to-end proof: the local cycle (`autopilot start`) leaves a
// Prometheus metrics file, sends the same metrics to an OTLP collector, keeps
// one trace id across its JSON logs, run-log rows and notifications, and
// writes a report that holds the numbers of the run; `export` streams the
// run history as CSV with filters.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCollector, metricsOf, startOtlpCollector } from '../fakes/otlp-collector';
import { cliOk, parseCsv, readJsonLines } from './helpers';

describe('observability of the local cycle', () => {
  let state: string;
  let collector: FakeCollector;
  let stderr: string;

  beforeAll(async () => {
    collector = await startOtlpCollector();
    state = await mkdtemp(join(tmpdir(), 'autopilot-obs-'));
    const run = await cliOk(['start', '--state', state, '--log-format', 'json'], {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: 'autopilot-e2e',
    });
    stderr = run.stderr;
  }, 60_000);

  afterAll(async () => {
    await collector.close();
  });

  it('writes the run metrics as Prometheus text', async () => {
    const text = await readFile(join(state, 'metrics.prom'), 'utf8');
    expect(text).toContain('# TYPE autopilot_items_total counter');
    expect(text).toMatch(/^autopilot_items_total\{outcome="drafted"\} 4$/m);
    expect(text).toMatch(/^autopilot_items_total\{outcome="blocked"\} 1$/m);
    expect(text).toMatch(/^autopilot_item_duration_seconds_count 5$/m);
    expect(text).toMatch(/^autopilot_queue_items\{status="AWAITING_APPROVAL"\} 4$/m);
  });

  it('sends the same metrics to the OTLP collector', () => {
    const posts = collector.requests.filter((r) => r.path === '/v1/metrics');
    expect(posts.length).toBeGreaterThanOrEqual(1);
    const { resource, metrics } = metricsOf(posts[0]?.json);
    expect(resource['service.name']).toBe('autopilot-e2e');
    const items = metrics.find((m) => m.name === 'autopilot_items_total');
    const drafted = items?.points.find((p) => p.attributes.outcome === 'drafted');
    expect(drafted?.value).toBe(4);
  });

  it('keeps one trace id across JSON logs, run-log rows and notifications', async () => {
    const lines = stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { trace_id: string; level: string; msg: string });
    expect(lines.length).toBeGreaterThan(3);
    const traceIds = new Set(lines.map((l) => l.trace_id));
    expect(traceIds.size).toBe(1);
    const [traceId] = [...traceIds];
    expect(traceId).toMatch(/^local-/);

    const runLog = parseCsv(await readFile(join(state, 'run_log.csv'), 'utf8')).records;
    expect(runLog).toHaveLength(5);
    expect(new Set(runLog.map((r) => r.trace_id))).toEqual(new Set([traceId]));

    const notifications = await readJsonLines<{ trace_id: string; task: string }>(join(state, 'notifications.jsonl'));
    expect(notifications.map((n) => n.task)).toContain('executor');
    expect(new Set(notifications.map((n) => n.trace_id))).toEqual(new Set([traceId]));
  });

  it('writes a report holding the numbers of the run', async () => {
    const html = await readFile(join(state, 'report', 'index.html'), 'utf8');
    expect(html).toMatch(/data-testid="queue-count-AWAITING_APPROVAL"[^>]*>\s*4\s*</);
    expect(html).toMatch(/data-testid="queue-count-BLOCKED"[^>]*>\s*1\s*</);
    expect(html).toContain('data-testid="decision"');
    // One blocked draft of five is the gate working, not a failure: the first run does not lock publishing.
    expect(html).toContain('continue_publish');
    const data = JSON.parse(await readFile(join(state, 'report', 'data.json'), 'utf8')) as {
      awaiting_approval: { id: string }[];
      failure_codes: { code: string; count: number }[];
      run_log: { rows: number };
    };
    expect(data.awaiting_approval.map((a) => a.id)).toContain('green-tea-brewing-guide');
    expect(data.failure_codes).toEqual([{ code: 'PLACEHOLDER', count: 1 }]);
    expect(data.run_log.rows).toBe(5);
  });

  it('exports the run history as CSV with a status filter', async () => {
    const out = join(state, 'blocked.csv');
    await cliOk(['export', '--state', state, '--status', 'blocked', '--out', out]);
    const { header, records } = parseCsv(await readFile(out, 'utf8'));
    expect(header).toContain('error_codes');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ item_id: 'tea-gift-guide', outcome: 'blocked', error_codes: 'PLACEHOLDER' });
  });
});
