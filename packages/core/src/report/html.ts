// The dashboard page: one self-contained HTML file (inline CSS, inline SVG,
// no script, a CSP that forbids any fetch), so it opens from disk, an
// artifact or GitHub Pages and never touches the network. Every value is
// escaped; key numbers carry data-testid attributes for tests.
import { evaluationWords } from '../domain/reconcile/describe';
import { escapeHtml as e, safeHref } from './escape';
import type { ReportData } from './report-data';
import { renderChartSvg } from './svg-chart';

const CSS = `
:root{color-scheme:light;--fg:#1f2937;--muted:#6b7280;--line:#e5e7eb;--card:#fff;--bg:#f3f4f6}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:20px 28px;background:#111827;color:#fff}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#d1d5db}
main{padding:20px 28px;display:grid;gap:18px;grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr))}
.scroll{overflow-x:auto;max-width:100%}details{margin-top:8px}summary{cursor:pointer;color:var(--muted)}
@media (max-width:600px){header{padding:14px 14px}main{padding:12px 10px;gap:12px}section{padding:12px 10px}}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;min-width:0}
section.wide{grid-column:1/-1}h2{font-size:15px;margin:0 0 10px}
.cards{display:grid;gap:12px;grid-template-columns:repeat(auto-fit,minmax(min(150px,100%),1fr))}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px}.card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .v{font-size:22px;font-weight:600;margin-top:2px;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:break-word}
th{color:var(--muted);font-weight:600;font-size:12px}td.n{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;background:#e5e7eb}
.ok{background:#dcfce7;color:#166534}.bad{background:#fee2e2;color:#991b1b}.warn{background:#fef3c7;color:#92400e}
.card .v.bad{color:#991b1b;background:none}.charts{display:grid;gap:12px;grid-template-columns:repeat(auto-fit,minmax(min(380px,100%),1fr))}
.muted{color:var(--muted)}svg{max-width:100%;height:auto}svg .grid{stroke:#e5e7eb}svg .tick{font-size:11px;fill:#6b7280}svg .chart-title{font-size:13px;font-weight:600;fill:#1f2937}
`;

const DECISION_CLASS: Record<string, string> = {
  continue_publish: 'ok',
  pause_and_review: 'bad',
  review_only: 'warn',
  no_data: '',
};
const CONCLUSION_CLASS: Record<string, string> = { success: 'ok', failure: 'bad', timed_out: 'bad', cancelled: 'warn' };
const SEVERITY_CLASS: Record<string, string> = { critical: 'bad', high: 'bad', medium: 'warn', low: '' };

export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
export const usd = (value: number) => `$${value.toFixed(value !== 0 && Math.abs(value) < 1 ? 4 : 2)}`;
const int = (value: number) => value.toLocaleString('en-US');

const link = (url: string, text: string) => {
  const href = safeHref(url);
  return href ? `<a href="${e(href)}" rel="noopener noreferrer">${e(text)}</a>` : e(text);
};

/** Unsafe targets (javascript:, data:) are not linked, and the page says so rather than showing dead text. */
function draftLink(url: string, text = 'open draft'): string {
  if (!url) return '<span class="muted">no link</span>';
  return safeHref(url) ? link(url, text) : '<span class="muted">link hidden (not http)</span>';
}

const card = (testId: string, key: string, value: string, cls = '') =>
  `<div class="card"><div class="k">${e(key)}</div><div class="v ${cls}" data-testid="${e(testId)}">${value}</div></div>`;

function summaryCards(d: ReportData): string {
  const decision = d.decision?.decision ?? 'none';
  return `<section class="wide"><div class="cards">
${card('decision', 'Current decision', `<span class="badge ${DECISION_CLASS[decision] ?? ''}">${e(decision)}</span>`)}
${card('pass-rate', 'Pass rate (all runs)', e(percent(d.run_log.pass_rate)))}
${card('open-incidents', 'Open incidents', e(int(d.open_incidents.length)), d.open_incidents.length > 0 ? 'bad' : '')}
${card('awaiting-count', 'Awaiting approval', e(int(d.awaiting_approval.length)))}
${card('queue-total', 'Queue rows', e(int(d.queue.total)))}
${card('run-log-rows', 'Item outcomes logged', e(int(d.run_log.rows)))}
${card('total-cost', 'LLM cost (all time)', e(usd(d.run_log.cost_usd)))}
</div></section>`;
}

function queueSection(d: ReportData): string {
  const rows = Object.entries(d.queue.by_status)
    .map(
      ([status, count]) =>
        `<tr><td>${e(status)}</td><td class="n" data-testid="queue-count-${e(status)}">${e(int(count))}</td></tr>`,
    )
    .join('');
  const other =
    d.queue.other > 0
      ? `<tr><td class="muted">unknown status</td><td class="n" data-testid="queue-count-OTHER">${e(int(d.queue.other))}</td></tr>`
      : '';
  return `<section data-testid="queue"><h2>Queue by status</h2><table><thead><tr><th>Status</th><th class="n">Rows</th></tr></thead><tbody>${rows}${other}</tbody></table></section>`;
}

function decisionSection(d: ReportData): string {
  const entry = d.decision;
  if (!entry)
    return '<section><h2>Decision</h2><p class="muted" data-testid="decision-reason">No decision recorded yet: reconcile has not run.</p></section>';
  const words = evaluationWords(entry);
  const numbers = words.numbers.map((n) => `<li>${e(n)}</li>`).join('');
  const metrics = Object.entries(entry.metrics)
    .map(([k, v]) => `<tr><td>${e(k)}</td><td class="n">${e(v ?? '—')}</td></tr>`)
    .join('');
  return `<section data-testid="decision-panel"><h2>Decision</h2>
<p><span class="badge ${DECISION_CLASS[entry.decision] ?? ''}">${e(entry.decision)}</span>${entry.code ? ` <code data-testid="decision-code">${e(entry.code)}</code>` : ''}</p>
${words.meaning !== entry.reason ? `<p data-testid="decision-meaning">${e(words.meaning)}</p>` : ''}
<p data-testid="decision-reason">${e(entry.reason)}</p>
<p class="muted" data-testid="decision-when">${e(words.when)}</p>
${numbers ? `<ul data-testid="decision-numbers">${numbers}</ul>` : ''}
${metrics ? `<details data-testid="decision-metrics"><summary>All metrics of this evaluation</summary><div class="scroll"><table><thead><tr><th>Metric</th><th class="n">Value</th></tr></thead><tbody>${metrics}</tbody></table></div></details>` : ''}
</section>`;
}

function needHumanSection(d: ReportData): string {
  const body =
    d.need_human.length === 0
      ? '<p class="muted">Nothing needs a human.</p>'
      : `<div class="scroll"><table data-testid="need-human"><thead><tr><th>Row</th><th>Item</th><th>Status</th><th>Why</th><th>Article</th></tr></thead><tbody>${d.need_human
          .map(
            (n) =>
              `<tr data-testid="need-human-row"><td class="n">${e(n.row)}</td><td>${e(n.id)}</td><td>${e(n.status)}</td><td>${e(n.reason)}</td><td>${n.article_url ? draftLink(n.article_url, 'open') : ''}</td></tr>`,
          )
          .join('')}</tbody></table></div>`;
  return `<section><h2>Needs a human (${e(int(d.need_human.length))})</h2>${body}</section>`;
}

function approvalSection(d: ReportData): string {
  const body =
    d.awaiting_approval.length === 0
      ? '<p class="muted">Nothing is waiting for a human.</p>'
      : `<div class="scroll"><table data-testid="awaiting-approval"><thead><tr><th>Item</th><th>Title</th><th>Draft</th><th>Updated</th></tr></thead><tbody>${d.awaiting_approval
          .map(
            (item) =>
              `<tr data-testid="approval-row"><td>${e(item.id)}</td><td>${e(item.title)}</td><td>${draftLink(item.article_url)}</td><td>${e(item.updated_at)}</td></tr>`,
          )
          .join('')}</tbody></table></div>`;
  return `<section><h2>Awaiting approval</h2>${body}</section>`;
}

function scheduledSection(d: ReportData): string {
  if (d.scheduled.length === 0) return '';
  const rows = d.scheduled
    .map(
      (item) =>
        `<tr data-testid="scheduled-row"><td>${e(item.id)}</td><td>${e(item.title)}</td><td>${draftLink(item.article_url)}</td><td>scheduled for ${e(item.publish_at)}</td></tr>`,
    )
    .join('');
  return `<section><h2>Scheduled (${e(int(d.scheduled.length))})</h2><div class="scroll"><table data-testid="scheduled"><thead><tr><th>Item</th><th>Title</th><th>Article</th><th>Goes live</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function incidentSection(d: ReportData): string {
  const body =
    d.open_incidents.length === 0
      ? '<p class="muted">No open incidents.</p>'
      : `<div class="scroll"><table data-testid="incident-list"><thead><tr><th>Severity</th><th>Incident</th><th>Opened</th></tr></thead><tbody>${d.open_incidents
          .map(
            (i) =>
              `<tr><td><span class="badge ${SEVERITY_CLASS[i.severity] ?? ''}">${e(i.severity)}</span></td><td>${link(i.url, i.title)} <span class="muted">${e(i.key)}</span></td><td>${e(i.created_at)}</td></tr>`,
          )
          .join('')}</tbody></table></div>`;
  return `<section><h2>Open incidents</h2>${body}</section>`;
}

function runsSection(d: ReportData): string {
  const body =
    d.runs.length === 0
      ? '<p class="muted">No runs recorded.</p>'
      : `<div class="scroll"><table data-testid="recent-runs"><thead><tr><th>Run</th><th>Mode</th><th>Conclusion</th><th>Started</th><th class="n">Items</th><th class="n">LLM cost</th></tr></thead><tbody>${d.runs
          .map((r) => {
            const label = r.conclusion || r.status;
            const cost = r.cost_usd === null ? '—' : usd(r.cost_usd);
            const tokens =
              r.cost_usd === null
                ? ''
                : ` title="${e(int(r.tokens_in ?? 0))} tokens in, ${e(int(r.tokens_out ?? 0))} out"`;
            return `<tr><td>${link(r.url, r.run_id)}</td><td>${e(r.mode)}</td><td><span class="badge ${CONCLUSION_CLASS[label] ?? ''}">${e(label)}</span></td><td>${e(r.started_at)}</td><td class="n">${e(r.processed ?? '—')}</td><td class="n" data-testid="run-cost-${e(r.run_id)}"${tokens}>${e(cost)}</td></tr>`;
          })
          .join('')}</tbody></table></div>`;
  return `<section><h2>Recent runs</h2>${body}</section>`;
}

function failureSection(d: ReportData): string {
  const body =
    d.failure_codes.length === 0
      ? '<p class="muted">No failure codes recorded.</p>'
      : `<div class="scroll"><table data-testid="failure-codes"><thead><tr><th>Code</th><th class="n">Times</th></tr></thead><tbody>${d.failure_codes
          .map((c) => `<tr><td><code>${e(c.code)}</code></td><td class="n">${e(int(c.count))}</td></tr>`)
          .join('')}</tbody></table></div>`;
  return `<section><h2>Top failure codes</h2>${body}</section>`;
}

// Drawn at about the size they are shown, so axis text stays readable.
const CHART_WIDTH = 460;

function trendSection(d: ReportData): string {
  const labels = d.days.map((day) => day.date.slice(5));
  const passRate = renderChartSvg({
    id: 'pass-rate',
    title: 'Pass rate by day',
    width: CHART_WIDTH,
    labels,
    series: [{ name: 'pass rate', kind: 'line', values: d.days.map((day) => day.pass_rate) }],
    yMax: 1,
    format: (v) => `${Math.round(v * 100)}%`,
  });
  const throughput = renderChartSvg({
    id: 'throughput',
    title: 'Throughput by day (items)',
    width: CHART_WIDTH,
    labels,
    series: [
      { name: 'passed', kind: 'bar', values: d.days.map((day) => day.passed), color: '#16a34a' },
      // System failures and content blocks apart: a block is the gate working, a failure is the pipeline's.
      { name: 'failed', kind: 'bar', values: d.days.map((day) => day.failed), color: '#dc2626' },
      { name: 'blocked (needs a human)', kind: 'bar', values: d.days.map((day) => day.blocked), color: '#d97706' },
    ],
  });
  const cost = renderChartSvg({
    id: 'cost',
    title: 'LLM cost by day (USD)',
    width: CHART_WIDTH,
    labels,
    series: [{ name: 'cost', kind: 'bar', values: d.days.map((day) => day.cost_usd), color: '#9333ea' }],
    format: (v) => `$${v < 1 ? v.toFixed(3) : v < 10 ? v.toFixed(2) : Math.round(v)}`,
  });
  return `<section class="wide"><h2>Trends (last ${d.days.length} day${d.days.length === 1 ? '' : 's'} with activity)</h2><div class="charts">${passRate}${throughput}${cost}</div></section>`;
}

export function renderReportHtml(d: ReportData): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(d.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${e(d.title)}</h1><p>Generated <time data-testid="generated-at" datetime="${e(d.generated_at)}">${e(d.generated_at)}</time></p></header>
<main>
${summaryCards(d)}
${queueSection(d)}
${decisionSection(d)}
${needHumanSection(d)}
${approvalSection(d)}
${scheduledSection(d)}
${incidentSection(d)}
${trendSection(d)}
${runsSection(d)}
${failureSection(d)}
</main>
</body>
</html>
`;
}
