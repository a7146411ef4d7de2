// The dashboard lists SCHEDULED rows with the moment each goes live (issue 11).
import { describe, expect, it } from 'vitest';
import { buildReportData, renderReportHtml } from '../../../packages/core/src/report';
import { fixtureInput, queueRow, queueRows } from './fixture';

describe('report: scheduled articles', () => {
  it('says "scheduled for …" for each SCHEDULED row, soonest first', async () => {
    const rows = [
      ...queueRows,
      queueRow(90, { id: 'late', title: 'Later post', status: 'SCHEDULED', publish_at: '2026-12-24T09:00:00Z' }),
      queueRow(91, { id: 'soon', title: 'Sooner post', status: 'SCHEDULED', publish_at: '2026-12-03T09:00:00Z' }),
    ];
    const data = await buildReportData(fixtureInput({ queueRows: rows }));
    expect(data.scheduled.map((s) => s.id)).toEqual(['soon', 'late']);
    expect(data.queue.by_status.SCHEDULED).toBe(2);
    const html = renderReportHtml(data);
    expect(html).toContain('scheduled for 2026-12-03T09:00:00Z');
    expect(html).toContain('data-testid="scheduled"');
  });

  it('shows no scheduled section when nothing is scheduled', async () => {
    const html = renderReportHtml(await buildReportData(fixtureInput()));
    expect(html).not.toContain('data-testid="scheduled"');
  });
});
