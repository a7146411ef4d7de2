import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, renderChartSvg, writeReport } from '../../../packages/core/src/report';
import { fixtureInput, logRow } from './fixture';

/** The text inside the element carrying data-testid=id (the report's markup puts plain text there). */
function testIdText(html: string, id: string): string | undefined {
  const match = new RegExp(`data-testid="${id}"[^>]*>([\\s\\S]*?)</`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '').trim();
}

describe('buildReport', () => {
  it('puts the numbers a person looks for behind data-testid attributes', async () => {
    const { html, data } = await buildReport(fixtureInput());
    expect(testIdText(html, 'queue-count-PUBLISHED')).toBe('2');
    expect(testIdText(html, 'queue-count-AWAITING_APPROVAL')).toBe('2');
    expect(testIdText(html, 'queue-count-PENDING')).toBe('1');
    expect(testIdText(html, 'queue-count-SKIPPED')).toBe('0');
    expect(testIdText(html, 'queue-total')).toBe('7');
    expect(testIdText(html, 'decision')).toBe('review_only');
    expect(testIdText(html, 'decision-reason')).toContain('under the 80% publish threshold');
    expect(testIdText(html, 'open-incidents')).toBe('1');
    expect(testIdText(html, 'pass-rate')).toBe('62.5%');
    expect(testIdText(html, 'total-cost')).toBe('$0.1500');
    expect(data.open_incidents.map((i) => i.key)).toEqual(['executor-unstable']);
    expect(data.runs.map((r) => r.run_id)).toEqual(['run-3', 'run-2', 'run-1']);
    expect(data.days.map((d) => d.date)).toEqual(['2025-05-01', '2025-05-02', '2025-05-03']);
  });

  it('lists items awaiting approval with safe links, and escapes every text', async () => {
    const { html, data } = await buildReport(fixtureInput());
    expect(data.awaiting_approval.map((a) => a.id)).toEqual(['gaiwan', 'storing']);
    expect(html).toContain('<a href="https://shop.example/admin/articles/42" rel="noopener noreferrer">open draft</a>');
    expect(html).not.toContain('javascript:alert');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Gaiwan &lt;script&gt;alert(1)&lt;/script&gt; vs teapot');
  });

  it('is self-contained: no external resources and a CSP that forbids fetching', async () => {
    const { html } = await buildReport(fixtureInput());
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    for (const chart of ['pass-rate', 'throughput', 'cost']) expect(html).toContain(`data-testid="chart-${chart}"`);
    expect(html).toContain('LLM_TIMEOUT');
  });

  it('shows empty states when there is nothing yet', async () => {
    const { html, data } = await buildReport({
      queueRows: [],
      runLog: (async function* () {})(),
      runs: [],
      decisionLog: { last_decision: null, history: [] },
      incidents: [],
      now: new Date('2025-05-03T12:00:00Z'),
      title: 'Empty & new',
    });
    expect(data.run_log.rows).toBe(0);
    expect(testIdText(html, 'decision')).toBe('none');
    expect(testIdText(html, 'pass-rate')).toBe('—');
    expect(html).toContain('<title>Empty &amp; new</title>');
    expect(html).toContain('No decision recorded yet');
    expect(html).toContain('no data yet');
  });

  it('streams the run log: a lazy 200,000-row log is aggregated without being kept', async () => {
    let produced = 0;
    async function* lazy() {
      for (let i = 0; i < 200_000; i++) {
        produced++;
        yield logRow({
          at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
          outcome: i % 10 === 0 ? 'failed' : 'published',
        });
      }
    }
    const { data } = await buildReport(fixtureInput({ runLog: lazy() }));
    expect(produced).toBe(200_000);
    expect(data.run_log.rows).toBe(200_000);
    expect(data.run_log.pass_rate).toBeCloseTo(0.9);
    expect(data.days).toHaveLength(30); // the trend is the last 30 days; 200,000 minutes span 139 days
    expect(data.days.at(-1)?.date).toBe('2025-05-19');
  });

  it('writes index.html and data.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    const { htmlPath, dataPath } = await writeReport(join(dir, 'out'), fixtureInput());
    expect(await readFile(htmlPath, 'utf8')).toContain('data-testid="decision"');
    const data = JSON.parse(await readFile(dataPath, 'utf8'));
    expect(data.queue.by_status.PUBLISHED).toBe(2);
    expect(data.decision.decision).toBe('review_only');
  });
});

describe('renderChartSvg', () => {
  it('draws one bar per value and breaks lines at gaps', () => {
    const svg = renderChartSvg({
      id: 't',
      title: 'T <1>',
      labels: ['a', 'b', 'c'],
      series: [
        { name: 'bars', kind: 'bar', values: [1, 2, 4] },
        { name: 'line', kind: 'line', values: [1, null, 3] },
      ],
    });
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(3);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toMatch(/<path d="M[\d. ]+ M[\d. ]+"/); // two separate segments, no line across the gap
    expect(svg).toContain('<title>T &lt;1&gt;</title>');
    expect(svg).toContain('data-testid="chart-t"');
  });

  it('scales to a round maximum', () => {
    const svg = renderChartSvg({
      id: 'x',
      title: 'x',
      labels: ['a'],
      series: [{ name: 's', kind: 'bar', values: [7] }],
    });
    expect(svg).toContain('>10</text>'); // top tick: 7 rounds up to 10
  });
});
