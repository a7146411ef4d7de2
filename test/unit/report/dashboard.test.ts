// The dashboard as an operator reads it: links to the local site that work
// from the report's folder, rows the queue reads as PENDING counted as
// PENDING, the decision panel in sentences (the latest evaluation, not the
// last change) with the full metrics folded away, and what needs a human.
import { describe, expect, it } from 'vitest';
import { articleHref, buildReport } from '../../../packages/core/src/report';
import { fixtureInput, queueRow } from './fixture';

const evaluation = {
  decision: 'continue_publish' as const,
  code: 'content_needs_human',
  reason: 'content needs a human: 3 drafts blocked by the gate or a reviewer (block rate 50% ≥ 25% over 6 processed)',
  at: '2025-05-03T11:30:00Z',
  metrics: {
    window_from: '2025-05-02T11:30:00Z',
    window_to: '2025-05-03T11:30:00Z',
    processed: 6,
    failure_rate: 0,
    block_rate: 0.5,
    open_blocks: 3,
    recovered: 1,
    pass_rate: 0.5,
    cost_last_24h_usd: 0.12,
    p95_duration_ms: 900,
  },
  by: 'reconcile',
};

describe('the dashboard', () => {
  it('links the local site from the report folder (siteBase), and leaves absolute URLs alone', async () => {
    expect(articleHref('site/articles/a.html', '..')).toBe('../site/articles/a.html');
    expect(articleHref('site/articles/a.html', '.')).toBe('site/articles/a.html');
    expect(articleHref('site/articles/a.html', '..\\..\\state')).toBe('../../state/site/articles/a.html');
    expect(articleHref('https://shop.example/a', '..')).toBe('https://shop.example/a');
    expect(articleHref('javascript:alert(1)', '..')).toBe('javascript:alert(1)');
    const { html } = await buildReport(
      fixtureInput({
        siteBase: '..',
        queueRows: [
          queueRow(1, {
            id: 'local',
            title: 'Local draft',
            status: 'AWAITING_APPROVAL',
            article_url: 'site/articles/local-draft.html',
          }),
        ],
      }),
    );
    expect(html).toContain('href="../site/articles/local-draft.html"');
  });

  it('counts rows with an empty status as PENDING, never as "unknown status"', async () => {
    const { html, data } = await buildReport(
      fixtureInput({
        queueRows: [
          queueRow(1, { id: 'a', status: '' }),
          queueRow(2, { id: 'b', status: ' pending ' }),
          queueRow(3, { id: 'c', status: 'PENDING' }),
        ],
      }),
    );
    expect(data.queue.by_status.PENDING).toBe(3);
    expect(data.queue.other).toBe(0);
    expect(html).not.toContain('unknown status');
  });

  it('shows the latest evaluation in sentences, with the full metrics folded in <details>', async () => {
    const { html, data } = await buildReport(
      fixtureInput({
        decisionLog: {
          last_decision: { ...evaluation, code: 'healthy', reason: 'older change', at: '2025-05-01T00:00:00Z' },
          last_evaluation: evaluation,
          history: [],
        },
      }),
    );
    expect(data.decision?.at).toBe('2025-05-03T11:30:00Z');
    expect(html).toContain('data-testid="decision-code">content_needs_human<');
    expect(html).toContain('the content needs a human');
    expect(html).toContain(
      'Evaluated at 2025-05-03T11:30:00Z over the window 2025-05-02T11:30:00Z → 2025-05-03T11:30:00Z by reconcile.',
    );
    expect(html).toContain('<li>Block rate 50% (3 blocked, not fixed yet; 1 fixed and passed since).</li>');
    expect(html).not.toContain('older change');
    // The long list of numbers is there, folded below the sentences.
    const details = /<details data-testid="decision-metrics">([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(details).toContain('p95_duration_ms');
    expect(html.indexOf('decision-numbers')).toBeLessThan(html.indexOf('decision-metrics'));
  });

  it('lists what needs a human', async () => {
    const { html, data } = await buildReport(fixtureInput());
    expect(data.need_human.map((n) => [n.id, n.status])).toEqual([
      ['storing', 'AWAITING_APPROVAL'],
      ['black', 'FAILED'],
      ['matcha', 'BLOCKED'],
    ]);
    expect(html.match(/data-testid="need-human-row"/g)).toHaveLength(3);
  });
});
