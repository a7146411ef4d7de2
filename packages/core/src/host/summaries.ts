// Job summaries, one per action: markdown a person reads on the run page
// (tables, and mermaid charts where a trend helps). Pure: text in, text out.
import { describeEvaluation } from '../domain/reconcile/describe';
import { runUsage } from '../domain/run-usage';
import { markdownLink, markdownTable, mermaidPie, mermaidXYChart } from '../report/markdown';
import type { ExecutorResult } from '../services/executor';
import type { HeartbeatCheckResult } from '../services/heartbeat-check';
import type { IncidentOutcome, IncidentRequest } from '../services/incident';
import type { ReconcileAlertResult } from '../services/reconcile-alerts';
import { describeEffect, type SupervisorResult } from '../services/supervisor';
import { markdownLine } from '../util/markdown-text';

const pct = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);

export function executorSummary(
  result: ExecutorResult,
  where: { queue: string; publisher: string; generator: string },
): string {
  const c = result.counts;
  const usage = runUsage(result.items);
  const lines = [
    `## Executor — ${result.mode} run ${result.run_id}`,
    '',
    result.downgraded ? `> [!WARNING]\n> ${result.downgraded}\n` : '',
    result.require_approval === false
      ? '> [!WARNING]\n> require-approval is off: in publish mode a draft that passes the gate goes live without a human approving it.\n'
      : '',
    markdownTable(
      [
        'processed',
        'published',
        'scheduled',
        'drafted',
        'blocked',
        'retry',
        'failed',
        'conclusion',
        'tokens in',
        'tokens out',
        'cost (USD)',
      ],
      [
        [
          c.processed,
          c.published,
          c.scheduled,
          c.drafted,
          c.blocked,
          c.retry,
          c.failed,
          result.conclusion,
          usage.tokens_in,
          usage.tokens_out,
          usage.cost_usd.toFixed(4),
        ],
      ],
    ),
    '',
    result.items.length > 0
      ? markdownTable(
          ['row', 'item', 'title', 'outcome', 'gate', 'codes', 'article', 'details', 'tokens', 'cost (USD)'],
          result.items.map((i) => [
            i.row,
            i.item_id,
            i.title,
            i.outcome,
            i.gate,
            i.codes.join(' '),
            i.article_url,
            i.message,
            i.usage.tokens_in + i.usage.tokens_out,
            i.usage.cost_usd.toFixed(4),
          ]),
        )
      : '_No eligible item._',
    '',
  ];
  if (result.errors && result.errors.length > 0) {
    lines.push(
      `> [!CAUTION]\n> The run stopped early: ${result.errors.length === 1 ? 'an error' : 'errors'} outside any single item.`,
      ...result.errors.map((e) => `- ${markdownLine(e)}`),
      '',
    );
  }
  if (result.problems.length > 0) {
    lines.push('### Rows that need fixing', '', ...result.problems.map((p) => `- ${markdownLine(p.message)}`), '');
  }
  if (result.budget_spent) lines.push('_The time budget was spent: claiming stopped early._', '');
  lines.push(markdownTable(['queue', 'publisher', 'generator'], [[where.queue, where.publisher, where.generator]]));
  return lines.filter((l) => l !== '').join('\n\n');
}

export function heartbeatSummary(result: HeartbeatCheckResult): string {
  const c = result.classification;
  return [
    '## Heartbeat',
    markdownTable(
      ['level', 'active', 'age (s)', 'owner', 'reason', 'incident'],
      [
        [
          c.level,
          c.active ? 'yes — the executor is skipped' : 'no',
          c.ageSeconds ?? '–',
          c.owner,
          c.reason,
          result.incidentAction,
        ],
      ],
    ),
  ].join('\n\n');
}

/** `gitHubRequests`: how many GitHub requests the tick made (the host counts them). */
export function supervisorSummary(result: SupervisorResult, gitHubRequests?: number): string {
  const s = result.snapshot;
  const completed = s.runs.filter((r) => r.status === 'completed').slice(0, 10);
  const sections = [
    `## Supervisor — \`${result.decision.code}\`${result.dryRun ? ' (dry run: nothing changed)' : ''}`,
    result.decision.reason,
    '### What it decided from',
    markdownTable(
      [
        'pending items',
        'WF_ENABLED',
        'ALLOW_PUBLISH',
        'last reconcile',
        'heartbeat',
        'active runs',
        'failed rows (24 h)',
        'expired leases',
        'open incidents',
      ],
      [
        [
          s.pendingCount,
          s.vars.WF_ENABLED ?? '(unset)',
          s.vars.ALLOW_PUBLISH ?? '(unset)',
          s.lastDecision
            ? `${s.lastDecision.decision}${s.lastDecision.code ? ` (${s.lastDecision.code})` : ''}`
            : '(none)',
          `${s.heartbeat.level}${s.heartbeat.active ? ' (local runner active)' : ''}`,
          s.activeRuns.length,
          s.failedWithin24h,
          s.expiredLeases,
          s.openIncidents.map((i) => i.key).join(', ') || 'none',
        ],
      ],
    ),
    s.lastDecision ? describeEvaluation(s.lastDecision) : '',
    '### Recent runs of the publish workflow',
    completed.length > 0
      ? markdownTable(
          ['run', 'mode', 'conclusion', 'started', 'finished'],
          completed.map((r) => [
            r.url ? markdownLink(r.run_id, r.url) : r.run_id,
            r.mode,
            r.conclusion ?? '',
            r.started_at,
            r.finished_at ?? '',
          ]),
        )
      : '_No completed run yet._',
    // Applied: only what was checked to have happened (a switch read back, the issue or run GitHub returned).
    `### Effects ${result.dryRun ? '(planned)' : '(applied)'}`,
    (result.dryRun ? result.planned.map((e) => describeEffect(e)) : result.done)
      .map((line) => `- ${line}`)
      .join('\n') || '_None._',
  ];
  if (result.dispatched?.url) sections.push(`Dispatched run: ${result.dispatched.url}`);
  if (result.skipped.length > 0)
    sections.push(
      result.skipped
        .map((s) => `- skipped: ${markdownLine(describeEffect(s.effect))} — ${markdownLine(s.why)}`)
        .join('\n'),
    );
  if (result.errors.length > 0) sections.push(`> [!CAUTION]\n> ${result.errors.map(markdownLine).join('\n> ')}`);
  if (gitHubRequests !== undefined) sections.push(`GitHub requests: ${gitHubRequests}`);
  return sections.filter((section) => section !== '').join('\n\n');
}

export function reconcileSummary(result: ReconcileAlertResult): string {
  const m = result.metrics;
  const sections = [
    `## Reconcile — \`${result.recommendation.decision}\` (\`${result.recommendation.code}\`)`,
    result.recommendation.reason,
    `Evaluated at ${result.entry.at} over ${m.window.from} → ${m.window.to}.`,
    markdownTable(
      [
        'processed',
        'pass rate',
        'system failure rate',
        'block rate',
        'open blocks',
        'recovered',
        'retries',
        'tokens in',
        'tokens out',
        'cost (USD)',
        'p50 ms',
        'p95 ms',
        'decision changed',
      ],
      [
        [
          m.processed,
          pct(m.passRate),
          pct(m.failureRate),
          pct(m.blockRate),
          m.openBlocks,
          m.recovered,
          m.retries,
          m.tokensIn,
          m.tokensOut,
          m.costUsd.toFixed(4),
          m.p50DurationMs ?? '–',
          m.p95DurationMs ?? '–',
          result.decisionChanged ? 'yes' : 'no',
        ],
      ],
    ),
  ];
  const outcomes = Object.entries(m.counts).filter(([, n]) => n > 0);
  if (outcomes.length > 0) {
    sections.push(mermaidPie({ title: 'Outcomes', slices: outcomes.map(([label, value]) => ({ label, value })) }));
  }
  const trend = result.trend;
  if (trend.length > 0) {
    const days = trend.map((d) => d.day);
    sections.push(
      `### By day (${trend.length} day${trend.length === 1 ? '' : 's'} with rows, ${days[0]} to ${days.at(-1)})`,
      mermaidXYChart({
        title: 'Pass rate by day (%)',
        xLabels: days,
        series: [
          {
            name: 'pass rate',
            kind: 'line',
            values: trend.map((d) => (d.processed ? (100 * d.passed) / d.processed : 0)),
          },
        ],
      }),
      mermaidXYChart({
        title: 'Throughput by day',
        xLabels: days,
        series: [
          { name: 'processed', kind: 'bar', values: trend.map((d) => d.processed) },
          { name: 'passed', kind: 'line', values: trend.map((d) => d.passed) },
        ],
      }),
      mermaidXYChart({
        title: 'Cost by day (USD)',
        xLabels: days,
        series: [{ name: 'cost', kind: 'bar', values: trend.map((d) => d.cost_usd) }],
      }),
    );
  }
  if (m.topErrorCodes.length > 0) {
    sections.push(
      '### Top error codes',
      markdownTable(
        ['code', 'count'],
        m.topErrorCodes.map((e) => [e.code, e.count]),
      ),
    );
  }
  sections.push(
    '### Needs a human',
    result.needHuman.length > 0
      ? markdownTable(
          ['row', 'item', 'status', 'why', 'article'],
          result.needHuman.map((n) => [n.row, n.id, n.status, n.reason, n.article_url]),
        )
      : '_Nothing._',
  );
  if (result.costIncident !== 'none') sections.push(`cost-budget incident: ${result.costIncident}`);
  return sections.join('\n\n');
}

export function incidentSummary(request: IncidentRequest, outcome: IncidentOutcome): string {
  return [
    `## Incident \`${request.key}\``,
    markdownTable(
      ['asked', 'done', 'issue', 'state', 'severity'],
      [
        [
          request.action,
          outcome.action,
          outcome.incident?.url ?? outcome.incident?.id ?? '–',
          outcome.incident?.state ?? '–',
          request.severity,
        ],
      ],
    ),
  ].join('\n\n');
}
