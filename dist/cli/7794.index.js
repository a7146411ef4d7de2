export const id = 7794;
export const ids = [7794];
export const modules = {

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildLocalReport: () => (/* binding */ buildLocalReport),
  buildReportFrom: () => (/* binding */ buildReportFrom),
  exportCommand: () => (/* binding */ exportCommand),
  reportCommand: () => (/* binding */ reportCommand),
  reportControlPlane: () => (/* binding */ reportControlPlane)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./packages/core/src/wiring/control-plane.ts + 9 modules
var control_plane = __webpack_require__(8602);
// EXTERNAL MODULE: ./packages/core/src/wiring/data-plane.ts + 1 modules
var data_plane = __webpack_require__(8687);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/domain/reconcile/describe.ts
/** What each reason means for publishing, one sentence each. */
const REASON_MEANING = {
    no_data: 'No item was processed in the window, so there is nothing to judge yet.',
    cost_over_budget: 'The LLM cost went over the daily budget: publishing pauses until a human reviews.',
    system_failures_pause: 'Too many items failed for system reasons (API errors, timeouts, an item error not about the content): publishing pauses.',
    system_failures_review: 'Some items failed for system reasons (API errors, timeouts, an item error not about the content): the pipeline stays in review mode for now.',
    content_needs_human: 'The pipeline is healthy, but the gate or a reviewer blocked many drafts: the content needs a human. Blocked drafts never go out, so publishing goes on.',
    healthy: 'The pipeline is healthy: publishing may go on.',
};
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const pct = (value) => {
    const n = num(value);
    return n === null ? '—' : `${Math.round(n * 1000) / 10}%`;
};
function evaluationWords(entry) {
    const m = entry.metrics;
    const code = entry.code;
    const window = typeof m.window_from === 'string' && typeof m.window_to === 'string'
        ? ` over the window ${m.window_from} → ${m.window_to}`
        : '';
    const numbers = [];
    const processed = num(m.processed);
    if (processed !== null)
        numbers.push(`${processed} item outcome${processed === 1 ? '' : 's'} in the window.`);
    if (m.failure_rate !== undefined) {
        const blocked = num(m.system_blocks);
        numbers.push(`System failure rate ${pct(m.failure_rate)}${blocked ? ` (${blocked} item${blocked === 1 ? '' : 's'} blocked by a system error, not the content)` : ''}.`);
    }
    if (m.block_rate !== undefined) {
        const open = num(m.open_blocks);
        const recovered = num(m.recovered);
        numbers.push(`Block rate ${pct(m.block_rate)}${open !== null ? ` (${open} blocked, not fixed yet` : ''}${open !== null && recovered ? `; ${recovered} fixed and passed since` : ''}${open !== null ? ')' : ''}.`);
    }
    if (m.pass_rate !== undefined)
        numbers.push(`Pass rate ${pct(m.pass_rate)}.`);
    const cost = num(m.cost_last_24h_usd);
    if (cost !== null)
        numbers.push(`LLM cost in the last 24 h $${cost.toFixed(2)}.`);
    return {
        headline: `${entry.decision}${code ? ` (${code})` : ''}`,
        meaning: (code && REASON_MEANING[code]) || entry.reason,
        when: `Evaluated at ${entry.at}${window} by ${entry.by}.`,
        numbers,
    };
}
/** One paragraph: headline, when (time and window), reason, and the numbers that matter. */
function describeEvaluation(entry) {
    const words = evaluationWords(entry);
    const numbers = words.numbers.length > 0 ? ` ${words.numbers.join(' ')}` : '';
    return `Reconcile's latest evaluation: ${words.headline}. ${words.when} ${entry.reason}.${numbers}`;
}

;// CONCATENATED MODULE: ./packages/core/src/report/escape.ts
// Text going into HTML. Every value from the queue, the run log or an issue
// is untrusted: people type titles, services return error text.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(value) {
    return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
/** A link target we are willing to render: http(s) or a relative path; anything else (javascript:, data:) is dropped. */
function safeHref(url) {
    const value = url?.trim();
    if (!value)
        return undefined;
    if (/^https?:\/\//i.test(value))
        return value;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//'))
        return undefined;
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/report/svg-chart.ts
// Tiny SVG chart renderer for the static report. Hand-written on purpose: the
// page must work with no network, and no chart library is a dependency; a
// bundled one would outweigh the page for three simple charts. Output is
// deterministic markup (fixed precision), so tests can assert on it.

const PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c'];
const f = (n) => (Math.round(n * 10) / 10).toString();
/** A round number at or above `max` (1, 2, 2.5, 5 × 10^k), so ticks read well. */
function niceCeiling(max) {
    if (!(max > 0))
        return 1;
    const power = 10 ** Math.floor(Math.log10(max));
    for (const step of [1, 2, 2.5, 5, 10])
        if (step * power >= max)
            return step * power;
    return 10 * power;
}
function renderChartSvg(spec) {
    const width = spec.width ?? 640;
    const height = spec.height ?? 220;
    const pad = { top: 28, right: 12, bottom: 40, left: 56 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    const format = spec.format ?? ((v) => String(v));
    const all = spec.series.flatMap((s) => s.values.filter((v) => v !== null && Number.isFinite(v)));
    const yMax = spec.yMax ?? niceCeiling(Math.max(0, ...all));
    const n = Math.max(1, spec.labels.length);
    const slot = plotW / n;
    const x = (i) => pad.left + slot * (i + 0.5);
    const y = (v) => pad.top + plotH - (Math.max(0, Math.min(v, yMax)) / yMax) * plotH;
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" role="img" data-testid="chart-${escapeHtml(spec.id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="${escapeHtml(spec.title)}">`, `<title>${escapeHtml(spec.title)}</title>`, `<text x="${pad.left}" y="16" class="chart-title">${escapeHtml(spec.title)}</text>`);
    for (let t = 0; t <= 4; t++) {
        const value = (yMax * t) / 4;
        const ty = f(y(value));
        parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${ty}" y2="${ty}" class="grid"/>`, `<text x="${pad.left - 6}" y="${ty}" class="tick" text-anchor="end" dominant-baseline="middle">${escapeHtml(format(value))}</text>`);
    }
    // Label every k-th day so labels never overlap.
    const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / 70))));
    spec.labels.forEach((label, i) => {
        if (i % every === 0) {
            parts.push(`<text x="${f(x(i))}" y="${height - pad.bottom + 16}" class="tick" text-anchor="middle">${escapeHtml(label)}</text>`);
        }
    });
    const bars = spec.series.filter((s) => s.kind === 'bar');
    const barW = (slot * 0.7) / Math.max(1, bars.length);
    spec.series.forEach((series, index) => {
        const color = series.color ?? PALETTE[index % PALETTE.length];
        if (series.kind === 'bar') {
            const b = bars.indexOf(series);
            series.values.forEach((v, i) => {
                if (v === null || !Number.isFinite(v))
                    return;
                const left = x(i) - (slot * 0.7) / 2 + b * barW;
                const top = y(v);
                parts.push(`<rect x="${f(left)}" y="${f(top)}" width="${f(barW)}" height="${f(pad.top + plotH - top)}" fill="${color}"><title>${escapeHtml(`${series.name} ${spec.labels[i] ?? ''}: ${format(v)}`)}</title></rect>`);
            });
            return;
        }
        // A line breaks at gaps (days with no data) instead of pretending a value.
        let path = '';
        let pen = false;
        series.values.forEach((v, i) => {
            if (v === null || !Number.isFinite(v)) {
                pen = false;
                return;
            }
            path += `${pen ? 'L' : 'M'}${f(x(i))} ${f(y(v))} `;
            pen = true;
            parts.push(`<circle cx="${f(x(i))}" cy="${f(y(v))}" r="3" fill="${color}"><title>${escapeHtml(`${series.name} ${spec.labels[i] ?? ''}: ${format(v)}`)}</title></circle>`);
        });
        if (path)
            parts.push(`<path d="${path.trim()}" fill="none" stroke="${color}" stroke-width="2"/>`);
    });
    if (spec.series.length > 1) {
        spec.series.forEach((series, index) => {
            const lx = pad.left + index * 140;
            const color = series.color ?? PALETTE[index % PALETTE.length];
            parts.push(`<rect x="${lx}" y="${height - 14}" width="10" height="10" fill="${color}"/>`, `<text x="${lx + 14}" y="${height - 5}" class="tick">${escapeHtml(series.name)}</text>`);
        });
    }
    if (spec.labels.length === 0) {
        parts.push(`<text x="${width / 2}" y="${height / 2}" class="tick" text-anchor="middle">no data yet</text>`);
    }
    parts.push('</svg>');
    return parts.join('');
}

;// CONCATENATED MODULE: ./packages/core/src/report/html.ts
// The dashboard page: one self-contained HTML file (inline CSS, inline SVG,
// no script, a CSP that forbids any fetch), so it opens from disk, an
// artifact or GitHub Pages and never touches the network. Every value is
// escaped; key numbers carry data-testid attributes for tests.



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
const DECISION_CLASS = {
    continue_publish: 'ok',
    pause_and_review: 'bad',
    review_only: 'warn',
    no_data: '',
};
const CONCLUSION_CLASS = { success: 'ok', failure: 'bad', timed_out: 'bad', cancelled: 'warn' };
const SEVERITY_CLASS = { critical: 'bad', high: 'bad', medium: 'warn', low: '' };
const percent = (rate) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const usd = (value) => `$${value.toFixed(value !== 0 && Math.abs(value) < 1 ? 4 : 2)}`;
const html_int = (value) => value.toLocaleString('en-US');
const html_link = (url, text) => {
    const href = safeHref(url);
    return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
};
/** Unsafe targets (javascript:, data:) are not linked, and the page says so rather than showing dead text. */
function draftLink(url, text = 'open draft') {
    if (!url)
        return '<span class="muted">no link</span>';
    return safeHref(url) ? html_link(url, text) : '<span class="muted">link hidden (not http)</span>';
}
const card = (testId, key, value, cls = '') => `<div class="card"><div class="k">${escapeHtml(key)}</div><div class="v ${cls}" data-testid="${escapeHtml(testId)}">${value}</div></div>`;
function summaryCards(d) {
    const decision = d.decision?.decision ?? 'none';
    return `<section class="wide"><div class="cards">
${card('decision', 'Current decision', `<span class="badge ${DECISION_CLASS[decision] ?? ''}">${escapeHtml(decision)}</span>`)}
${card('pass-rate', 'Pass rate (all runs)', escapeHtml(percent(d.run_log.pass_rate)))}
${card('open-incidents', 'Open incidents', escapeHtml(html_int(d.open_incidents.length)), d.open_incidents.length > 0 ? 'bad' : '')}
${card('awaiting-count', 'Awaiting approval', escapeHtml(html_int(d.awaiting_approval.length)))}
${card('queue-total', 'Queue rows', escapeHtml(html_int(d.queue.total)))}
${card('run-log-rows', 'Item outcomes logged', escapeHtml(html_int(d.run_log.rows)))}
${card('total-cost', 'LLM cost (all time)', escapeHtml(usd(d.run_log.cost_usd)))}
</div></section>`;
}
function queueSection(d) {
    const rows = Object.entries(d.queue.by_status)
        .map(([status, count]) => `<tr><td>${escapeHtml(status)}</td><td class="n" data-testid="queue-count-${escapeHtml(status)}">${escapeHtml(html_int(count))}</td></tr>`)
        .join('');
    const other = d.queue.other > 0
        ? `<tr><td class="muted">unknown status</td><td class="n" data-testid="queue-count-OTHER">${escapeHtml(html_int(d.queue.other))}</td></tr>`
        : '';
    return `<section data-testid="queue"><h2>Queue by status</h2><table><thead><tr><th>Status</th><th class="n">Rows</th></tr></thead><tbody>${rows}${other}</tbody></table></section>`;
}
function decisionSection(d) {
    const entry = d.decision;
    if (!entry)
        return '<section><h2>Decision</h2><p class="muted" data-testid="decision-reason">No decision recorded yet: reconcile has not run.</p></section>';
    const words = evaluationWords(entry);
    const numbers = words.numbers.map((n) => `<li>${escapeHtml(n)}</li>`).join('');
    const metrics = Object.entries(entry.metrics)
        .map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td class="n">${escapeHtml(v ?? '—')}</td></tr>`)
        .join('');
    return `<section data-testid="decision-panel"><h2>Decision</h2>
<p><span class="badge ${DECISION_CLASS[entry.decision] ?? ''}">${escapeHtml(entry.decision)}</span>${entry.code ? ` <code data-testid="decision-code">${escapeHtml(entry.code)}</code>` : ''}</p>
${words.meaning !== entry.reason ? `<p data-testid="decision-meaning">${escapeHtml(words.meaning)}</p>` : ''}
<p data-testid="decision-reason">${escapeHtml(entry.reason)}</p>
<p class="muted" data-testid="decision-when">${escapeHtml(words.when)}</p>
${numbers ? `<ul data-testid="decision-numbers">${numbers}</ul>` : ''}
${metrics ? `<details data-testid="decision-metrics"><summary>All metrics of this evaluation</summary><div class="scroll"><table><thead><tr><th>Metric</th><th class="n">Value</th></tr></thead><tbody>${metrics}</tbody></table></div></details>` : ''}
</section>`;
}
function needHumanSection(d) {
    const body = d.need_human.length === 0
        ? '<p class="muted">Nothing needs a human.</p>'
        : `<div class="scroll"><table data-testid="need-human"><thead><tr><th>Row</th><th>Item</th><th>Status</th><th>Why</th><th>Article</th></tr></thead><tbody>${d.need_human
            .map((n) => `<tr data-testid="need-human-row"><td class="n">${escapeHtml(n.row)}</td><td>${escapeHtml(n.id)}</td><td>${escapeHtml(n.status)}</td><td>${escapeHtml(n.reason)}</td><td>${n.article_url ? draftLink(n.article_url, 'open') : ''}</td></tr>`)
            .join('')}</tbody></table></div>`;
    return `<section><h2>Needs a human (${escapeHtml(html_int(d.need_human.length))})</h2>${body}</section>`;
}
function approvalSection(d) {
    const body = d.awaiting_approval.length === 0
        ? '<p class="muted">Nothing is waiting for a human.</p>'
        : `<div class="scroll"><table data-testid="awaiting-approval"><thead><tr><th>Item</th><th>Title</th><th>Draft</th><th>Updated</th></tr></thead><tbody>${d.awaiting_approval
            .map((item) => `<tr data-testid="approval-row"><td>${escapeHtml(item.id)}</td><td>${escapeHtml(item.title)}</td><td>${draftLink(item.article_url)}</td><td>${escapeHtml(item.updated_at)}</td></tr>`)
            .join('')}</tbody></table></div>`;
    return `<section><h2>Awaiting approval</h2>${body}</section>`;
}
function scheduledSection(d) {
    if (d.scheduled.length === 0)
        return '';
    const rows = d.scheduled
        .map((item) => `<tr data-testid="scheduled-row"><td>${escapeHtml(item.id)}</td><td>${escapeHtml(item.title)}</td><td>${draftLink(item.article_url)}</td><td>scheduled for ${escapeHtml(item.publish_at)}</td></tr>`)
        .join('');
    return `<section><h2>Scheduled (${escapeHtml(html_int(d.scheduled.length))})</h2><div class="scroll"><table data-testid="scheduled"><thead><tr><th>Item</th><th>Title</th><th>Article</th><th>Goes live</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}
function incidentSection(d) {
    const body = d.open_incidents.length === 0
        ? '<p class="muted">No open incidents.</p>'
        : `<div class="scroll"><table data-testid="incident-list"><thead><tr><th>Severity</th><th>Incident</th><th>Opened</th></tr></thead><tbody>${d.open_incidents
            .map((i) => `<tr><td><span class="badge ${SEVERITY_CLASS[i.severity] ?? ''}">${escapeHtml(i.severity)}</span></td><td>${html_link(i.url, i.title)} <span class="muted">${escapeHtml(i.key)}</span></td><td>${escapeHtml(i.created_at)}</td></tr>`)
            .join('')}</tbody></table></div>`;
    return `<section><h2>Open incidents</h2>${body}</section>`;
}
function runsSection(d) {
    const body = d.runs.length === 0
        ? '<p class="muted">No runs recorded.</p>'
        : `<div class="scroll"><table data-testid="recent-runs"><thead><tr><th>Run</th><th>Mode</th><th>Conclusion</th><th>Started</th><th class="n">Items</th><th class="n">LLM cost</th></tr></thead><tbody>${d.runs
            .map((r) => {
            const label = r.conclusion || r.status;
            const cost = r.cost_usd === null ? '—' : usd(r.cost_usd);
            const tokens = r.cost_usd === null
                ? ''
                : ` title="${escapeHtml(html_int(r.tokens_in ?? 0))} tokens in, ${escapeHtml(html_int(r.tokens_out ?? 0))} out"`;
            return `<tr><td>${html_link(r.url, r.run_id)}</td><td>${escapeHtml(r.mode)}</td><td><span class="badge ${CONCLUSION_CLASS[label] ?? ''}">${escapeHtml(label)}</span></td><td>${escapeHtml(r.started_at)}</td><td class="n">${escapeHtml(r.processed ?? '—')}</td><td class="n" data-testid="run-cost-${escapeHtml(r.run_id)}"${tokens}>${escapeHtml(cost)}</td></tr>`;
        })
            .join('')}</tbody></table></div>`;
    return `<section><h2>Recent runs</h2>${body}</section>`;
}
function failureSection(d) {
    const body = d.failure_codes.length === 0
        ? '<p class="muted">No failure codes recorded.</p>'
        : `<div class="scroll"><table data-testid="failure-codes"><thead><tr><th>Code</th><th class="n">Times</th></tr></thead><tbody>${d.failure_codes
            .map((c) => `<tr><td><code>${escapeHtml(c.code)}</code></td><td class="n">${escapeHtml(html_int(c.count))}</td></tr>`)
            .join('')}</tbody></table></div>`;
    return `<section><h2>Top failure codes</h2>${body}</section>`;
}
// Drawn at about the size they are shown, so axis text stays readable.
const CHART_WIDTH = 460;
function trendSection(d) {
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
function renderReportHtml(d) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(d.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(d.title)}</h1><p>Generated <time data-testid="generated-at" datetime="${escapeHtml(d.generated_at)}">${escapeHtml(d.generated_at)}</time></p></header>
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

// EXTERNAL MODULE: ./packages/core/src/domain/reconcile/decision-log.ts
var decision_log = __webpack_require__(7936);
// EXTERNAL MODULE: ./packages/core/src/domain/reconcile/need-human.ts
var need_human = __webpack_require__(7277);
// EXTERNAL MODULE: ./packages/core/src/util/iso-time.ts
var iso_time = __webpack_require__(3357);
// EXTERNAL MODULE: ./packages/core/src/util/row-batches.ts
var row_batches = __webpack_require__(4899);
;// CONCATENATED MODULE: ./packages/core/src/report/run-log-stats.ts
// Run-log statistics gathered in one pass: the report reads the log as a
// stream and keeps only counters per day and per error code, so memory stays
// bounded by the number of days and codes, not rows (1,000,000 rows work).



const FAILING = new Set(['failed', 'blocked', 'retry']);
const passRate = (passed, attempted) => (attempted > 0 ? passed / attempted : null);
// Sums of money in floating point drift over a million rows; keep micro-dollars as integers.
const toMicros = (usd) => (Number.isFinite(usd) ? Math.round(usd * 1e6) : 0);
const fromMicros = (micros) => micros / 1e6;
const DAY_MS = 86_400_000;
class RunLogStatsCollector {
    #rows = 0;
    #undated = 0;
    // Times, not strings: one Date.parse per row, turned back into ISO text once, in result().
    #first = Number.POSITIVE_INFINITY;
    #last = Number.NEGATIVE_INFINITY;
    #outcomes = Object.fromEntries(model/* OUTCOMES */.im.map((o) => [o, 0]));
    /** Keyed by the day's first millisecond (UTC). */
    #days = new Map();
    /** The day the previous row fell on: logs are in time order, so most rows hit it. */
    #day;
    #codes = new Map();
    #costMicros = 0;
    #tokensIn = 0;
    #tokensOut = 0;
    /** Only the runs the report lists: memory stays bounded however many runs the log holds. */
    #runs = new Map();
    constructor(options = {}) {
        for (const id of options.runIds ?? []) {
            this.#runs.set(id, { items: 0, tokens_in: 0, tokens_out: 0, cost_micros: 0 });
        }
    }
    add(row) {
        this.#rows++;
        const outcome = row.outcome;
        this.#outcomes[outcome] = (this.#outcomes[outcome] ?? 0) + 1;
        const cost = toMicros(row.cost_usd);
        const tokensIn = Number(row.tokens_in) || 0;
        const tokensOut = Number(row.tokens_out) || 0;
        this.#costMicros += cost;
        this.#tokensIn += tokensIn;
        this.#tokensOut += tokensOut;
        if (this.#runs.size > 0) {
            const run = this.#runs.get(row.run_id);
            if (run) {
                run.items++;
                run.tokens_in += tokensIn;
                run.tokens_out += tokensOut;
                run.cost_micros += cost;
            }
        }
        if (FAILING.has(outcome)) {
            for (const code of row.error_codes)
                if (code)
                    this.#codes.set(code, (this.#codes.get(code) ?? 0) + 1);
        }
        const time = (0,iso_time/* parseIsoTime */.s)(row.at);
        if (Number.isNaN(time)) {
            this.#undated++;
            return;
        }
        if (time < this.#first)
            this.#first = time;
        if (time > this.#last)
            this.#last = time;
        const day = this.#dayOf(time);
        day.items++;
        if (outcome === 'published' || outcome === 'scheduled' || outcome === 'drafted')
            day.passed++;
        if (outcome === 'published')
            day.published++;
        else if (outcome === 'failed')
            day.failed++;
        else if (outcome === 'blocked')
            day.blocked++;
        else if (outcome === 'retry')
            day.retried++;
        else if (outcome === 'skipped')
            day.skipped++;
        day.cost_micros += cost;
        day.tokens_in += tokensIn;
        day.tokens_out += tokensOut;
    }
    #dayOf(time) {
        const current = this.#day;
        if (current && time >= current.start && time < current.start + DAY_MS)
            return current.acc;
        const start = Math.floor(time / DAY_MS) * DAY_MS;
        let acc = this.#days.get(start);
        if (!acc) {
            acc = {
                date: new Date(start).toISOString().slice(0, 10),
                items: 0,
                passed: 0,
                failed: 0,
                blocked: 0,
                retried: 0,
                skipped: 0,
                published: 0,
                cost_micros: 0,
                tokens_in: 0,
                tokens_out: 0,
            };
            this.#days.set(start, acc);
        }
        this.#day = { start, acc };
        return acc;
    }
    result(topCodes = 10) {
        const o = this.#outcomes;
        const passed = o.published + o.drafted;
        return {
            rows: this.#rows,
            undated: this.#undated,
            first_at: this.#rows > this.#undated ? new Date(this.#first).toISOString() : null,
            last_at: this.#rows > this.#undated ? new Date(this.#last).toISOString() : null,
            outcomes: { ...o },
            pass_rate: passRate(passed, this.#rows - o.skipped),
            cost_usd: fromMicros(this.#costMicros),
            tokens_in: this.#tokensIn,
            tokens_out: this.#tokensOut,
            days: [...this.#days.values()]
                .sort((a, b) => a.date.localeCompare(b.date))
                .map(({ cost_micros, ...day }) => ({
                ...day,
                cost_usd: fromMicros(cost_micros),
                pass_rate: passRate(day.passed, day.items - day.skipped),
            })),
            failure_codes: [...this.#codes.entries()]
                .map(([code, count]) => ({ code, count }))
                .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
                .slice(0, topCodes),
            by_run: Object.fromEntries([...this.#runs]
                .filter(([, run]) => run.items > 0)
                .map(([id, { cost_micros, ...run }]) => [id, { ...run, cost_usd: fromMicros(cost_micros) }])),
        };
    }
}
async function collectRunLogStats(rows, topCodes = 10, runIds = []) {
    const collector = new RunLogStatsCollector({ runIds });
    for await (const batch of (0,row_batches/* batchesOf */.c)(rows))
        for (const row of batch)
            collector.add(row);
    return collector.result(topCodes);
}

;// CONCATENATED MODULE: ./packages/core/src/report/report-data.ts
// Everything the dashboard shows, as plain data (also written as data.json so
// other tools can read what the page shows).




const DEFAULT_TITLE = 'Blog autopilot — pipeline report';
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];
async function buildReportData(input) {
    const byStatus = Object.fromEntries(model/* ITEM_STATUSES */.J4.map((s) => [s, 0]));
    let other = 0;
    for (const row of input.queueRows) {
        // An empty status is PENDING, as the queue reads it.
        const status = (row.status.trim().toUpperCase() || 'PENDING');
        if (status in byStatus)
            byStatus[status]++;
        else
            other++;
    }
    const recent = [...input.runs]
        .sort((a, b) => b.started_at.localeCompare(a.started_at))
        .slice(0, input.recentRuns ?? 15);
    const { days, failure_codes, by_run, ...runLog } = await collectRunLogStats(input.runLog, 10, recent.map((r) => r.run_id));
    return {
        title: input.title ?? DEFAULT_TITLE,
        generated_at: input.now.toISOString(),
        queue: { total: input.queueRows.length, by_status: byStatus, other },
        awaiting_approval: input.queueRows
            .filter((r) => r.status.trim().toUpperCase() === 'AWAITING_APPROVAL')
            .map((r) => ({
            id: r.id,
            title: r.title,
            article_url: articleHref(r.article_url, input.siteBase),
            approval: r.approval,
            updated_at: r.updated_at,
        })),
        scheduled: input.queueRows
            .filter((r) => r.status.trim().toUpperCase() === 'SCHEDULED')
            .map((r) => ({
            id: r.id,
            title: r.title,
            article_url: articleHref(r.article_url, input.siteBase),
            publish_at: r.publish_at.trim(),
        }))
            .sort((a, b) => a.publish_at.localeCompare(b.publish_at)),
        runs: recent.map((r) => {
            const usage = by_run[r.run_id];
            return {
                run_id: r.run_id,
                mode: r.mode,
                status: r.status,
                conclusion: r.conclusion ?? '',
                started_at: r.started_at,
                finished_at: r.finished_at ?? '',
                url: r.url ?? '',
                processed: r.counts?.processed ?? null,
                tokens_in: usage?.tokens_in ?? null,
                tokens_out: usage?.tokens_out ?? null,
                cost_usd: usage?.cost_usd ?? null,
            };
        }),
        run_log: runLog,
        days: days.slice(-(input.trendDays ?? 30)),
        failure_codes,
        need_human: (0,need_human/* itemsNeedingHuman */.A)(input.queueRows, input.now).map((n) => ({
            ...n,
            article_url: articleHref(n.article_url, input.siteBase),
        })),
        decision: (0,decision_log/* currentDecision */.Iv)(input.decisionLog),
        open_incidents: input.incidents
            .filter((i) => i.state === 'open')
            .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
            a.created_at.localeCompare(b.created_at))
            .map((i) => ({
            key: i.key,
            id: i.id,
            title: i.title,
            severity: i.severity,
            created_at: i.created_at,
            url: i.url ?? '',
        })),
    };
}
/**
 * An article URL as the page links it: absolute URLs as they are; a
 * relative one (the local site's, relative to the state folder) resolved
 * from the report's folder through `siteBase`, so "open draft" reaches the
 * page whether the report is opened from its folder or served with the
 * state folder.
 */
function articleHref(url, siteBase) {
    const value = url.trim();
    if (!value || siteBase === undefined || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/'))
        return value;
    const base = siteBase.replace(/\\/g, '/').replace(/\/+$/, '');
    return base && base !== '.' ? `${base}/${value}` : value;
}

;// CONCATENATED MODULE: ./packages/core/src/report/build-report.ts
// buildReport: the data and the page; writeReport: both on disk.




async function buildReport(input) {
    const data = await buildReportData(input);
    return { html: renderReportHtml(data), data };
}
async function writeAtomically(path, text) {
    const temp = `${path}.${process.pid}.tmp`;
    await (0,external_node_fs_promises_.writeFile)(temp, text, 'utf8');
    await (0,external_node_fs_promises_.rename)(temp, path);
}
/** Writes `<outDir>/index.html` and `<outDir>/data.json`. */
async function writeReport(outDir, input) {
    const { html, data } = await buildReport(input);
    await (0,external_node_fs_promises_.mkdir)(outDir, { recursive: true });
    const htmlPath = (0,external_node_path_.join)(outDir, 'index.html');
    const dataPath = (0,external_node_path_.join)(outDir, 'data.json');
    await writeAtomically(htmlPath, html);
    await writeAtomically(dataPath, `${JSON.stringify(data, null, 2)}\n`);
    return { htmlPath, dataPath, data };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(6789);
;// CONCATENATED MODULE: ./packages/core/src/report/csv-export.ts
// Run history as CSV for any size of log: rows flow from the log through a
// filter into csv-stringify and out, a batch at a time; pipeline() respects
// back-pressure, so a slow reader slows the log read instead of filling memory.
// The file is meant for people and their spreadsheets: a text cell starting
// with =, +, -, @, tab or carriage return gets a leading single quote (OWASP
// "CSV Injection"; csv-stringify's escape_formulas), so `=HYPERLINK(…)` in an
// item id shows as text instead of running. Numbers are left alone.






function matchesFilters(row, filters) {
    if (filters.status && filters.status.length > 0 && !filters.status.includes(row.outcome))
        return false;
    if (filters.since || filters.until) {
        const at = (0,iso_time/* parseIsoTime */.s)(row.at);
        if (Number.isNaN(at))
            return false;
        if (filters.since && at < filters.since.getTime())
            return false;
        if (filters.until && at >= filters.until.getTime())
            return false;
    }
    return true;
}
/** The row's cells in RUN_LOG_COLUMNS order (arrays: csv-stringify then looks up no keys). */
const cellsOf = (row) => model/* RUN_LOG_COLUMNS */.pt.map((column) => (column === 'error_codes' ? row.error_codes.join('|') : row[column]));
const CSV_OPTIONS = { cast: { boolean: (v) => String(v) }, escape_formulas: true };
/**
 * A text cell csv-stringify writes as it is: no delimiter, quote or line
 * break to quote, and no first character escape_formulas would prefix
 * (its list: - = + @ tab CR and their full-width forms).
 */
const PLAIN = /^(?:[^,"\r\n\-=+@\t\uFF1D\uFF0B\uFF0D\uFF20][^,"\r\n]*)?$/;
/**
 * One record as CSV text, as csv-stringify writes it. A row of plain cells
 * (nearly every row of a run log) is joined here; a row with any cell that
 * needs quoting or formula escaping goes through csv-stringify itself.
 */
function csvRecord(cells) {
    for (const cell of cells) {
        if (typeof cell === 'string' ? !PLAIN.test(cell) : !Number.isFinite(cell)) {
            return (0,sync/* stringify */.A)([cells], CSV_OPTIONS);
        }
    }
    return `${cells.join(',')}\n`;
}
/**
 * The rows that pass the filters, written in `format` to `out`: one text
 * chunk per batch of the log (util/row-batches), instead of an object-mode
 * hop per row through csv-stringify's stream. Each chunk is yielded only
 * when `out` wants more.
 */
async function exportRows(runLog, out, filters, options, format) {
    let rows = 0;
    async function* chunks() {
        yield format.head;
        for await (const batch of (0,row_batches/* batchesOf */.c)(runLog)) {
            let text = '';
            for (const row of batch) {
                if (!matchesFilters(row, filters))
                    continue;
                text += format.row(row, rows);
                rows++;
            }
            if (text !== '')
                yield text;
        }
        const tail = format.tail(rows);
        if (tail !== '')
            yield tail;
    }
    // Leave stdout open by default: ending it would break later writes of the process.
    const end = options.end ?? !(out === process.stdout || out === process.stderr);
    await (0,promises_.pipeline)(external_node_stream_.Readable.from(chunks(), { objectMode: false }), out, { end });
    return { rows };
}
async function exportRunHistoryCsv(runLog, out, filters = {}, options = {}) {
    return exportRows(runLog, out, filters, options, {
        head: csvRecord(model/* RUN_LOG_COLUMNS */.pt),
        row: (row) => csvRecord(cellsOf(row)),
        tail: () => '',
    });
}
/** The same rows as one JSON array (`export --json`), streamed a batch at a time, with back-pressure. */
async function exportRunHistoryJson(runLog, out, filters = {}, options = {}) {
    return exportRows(runLog, out, filters, options, {
        head: '[',
        row: (row, before) => `${before === 0 ? '\n' : ',\n'}  ${JSON.stringify(row)}`,
        tail: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
    });
}

// EXTERNAL MODULE: ./packages/cli/src/args.ts
var args = __webpack_require__(7109);
;// CONCATENATED MODULE: ./packages/cli/src/out-path.ts
// Where a command may write a file a person asked for (`--out`): never over
// a file the state folder keeps (queue.csv, run_log.csv, runs.jsonl, …: an
// export there would replace the queue with run-log rows), and a missing
// folder, a file standing where a folder is needed, or a folder where the
// file should go are the user's to fix (exit 2), not "unexpected errors".



function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
/** The real path `out` would be written at (its folder's links resolved), or a UserError saying why it cannot be. */
async function checkOutFile(flag, out, paths) {
    const target = (0,external_node_path_.resolve)(out);
    const folder = (0,external_node_path_.dirname)(target);
    let realFolder;
    try {
        realFolder = await (0,external_node_fs_promises_.realpath)(folder);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* UserError */.yo(`--${flag} "${out}": the folder ${folder} does not exist; create it first`);
        if (code === 'ENOTDIR') {
            throw new errors/* UserError */.yo(`--${flag} "${out}": part of ${folder} is a file, not a folder; choose another path`);
        }
        throw new errors/* UserError */.yo(`--${flag} "${out}": cannot use ${folder} (${code ?? error.message})`);
    }
    if (!(await (0,external_node_fs_promises_.stat)(realFolder)).isDirectory()) {
        throw new errors/* UserError */.yo(`--${flag} "${out}": ${folder} is a file, not a folder; choose another path`);
    }
    // A link at the target is followed when written: check where it leads.
    let real = (0,external_node_path_.join)(realFolder, (0,external_node_path_.basename)(target));
    real = await (0,external_node_fs_promises_.realpath)(real).catch(() => real);
    const existing = await (0,external_node_fs_promises_.stat)(real).catch(() => undefined);
    if (existing?.isDirectory())
        throw new errors/* UserError */.yo(`--${flag} "${out}" is a folder; give a file path, e.g. ${(0,external_node_path_.join)(out, 'history.csv')}`);
    const owner = await stateOwner(real, paths);
    if (owner !== undefined) {
        throw new errors/* UserError */.yo(`--${flag} "${out}" would overwrite ${owner} of the state folder ${paths.root}, which autopilot keeps; ` +
            'write it somewhere else (another name in the state folder is fine)');
    }
    return real;
}
/**
 * The state-folder file or folder `real` belongs to, if any: every path
 * StatePaths names (queue.csv, run_log.csv, runs.jsonl, variables.json,
 * decision_log.json, local_heartbeat.json, incidents/, site/, report/, …),
 * their lock folders (`queue.csv.lock`) and temp files (`.queue.csv.….tmp`).
 */
async function stateOwner(real, paths) {
    const root = await (0,external_node_fs_promises_.realpath)(paths.root).catch(() => paths.root);
    if (!inside(root, real))
        return undefined;
    const rel = (0,external_node_path_.relative)(root, real);
    if (rel === '')
        return 'the folder itself';
    const first = rel.split(external_node_path_.sep)[0];
    const owned = Object.entries(paths)
        .filter(([key]) => key !== 'root')
        .map(([, path]) => (0,external_node_path_.relative)(paths.root, path).split(external_node_path_.sep)[0]);
    const base = first.replace(/\.lock$/, '');
    if (owned.includes(first) || owned.includes(base))
        return first;
    if (/^\..*\.tmp$/.test(first))
        return 'a temporary file';
    return undefined;
}
/** A write error on a path the user gave, as a message naming it (exit 2). */
function outFileError(flag, out, error) {
    const code = error?.code;
    if (code && ['ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EACCES', 'EPERM', 'EROFS'].includes(code)) {
        return new errors/* UserError */.yo(`--${flag} "${out}": cannot write there (${code}); choose another path`);
    }
    return error;
}
/**
 * The real path of a folder a command will write files into (`report
 * --out DIR`; created if missing): never the state folder itself or a folder
 * it owns (`site/`, `incidents/`, …) other than `allowed` (the report's own
 * folder), and never a path through a file.
 */
async function checkOutFolder(flag, out, paths, allowed) {
    const target = (0,external_node_path_.resolve)(out);
    // The nearest part of the path that exists decides: it must be a folder.
    let existing = target;
    let found = await (0,external_node_fs_promises_.stat)(existing).catch(() => undefined);
    while (!found && (0,external_node_path_.dirname)(existing) !== existing) {
        existing = (0,external_node_path_.dirname)(existing);
        found = await (0,external_node_fs_promises_.stat)(existing).catch(() => undefined);
    }
    if (found && !found.isDirectory()) {
        throw new errors/* UserError */.yo(existing === target
            ? `--${flag} "${out}" is a file, not a folder; give a folder path`
            : `--${flag} "${out}": ${existing} is a file, not a folder; choose another path`);
    }
    const real = (0,external_node_path_.join)(await (0,external_node_fs_promises_.realpath)(existing).catch(() => existing), (0,external_node_path_.relative)(existing, target));
    const stateRoot = await (0,external_node_fs_promises_.realpath)(paths.root).catch(() => paths.root);
    const realAllowed = allowed === undefined ? undefined : await (0,external_node_fs_promises_.realpath)(allowed).catch(() => (0,external_node_path_.resolve)(allowed));
    // A folder of files written whole (index.html, data.json): only a folder of its own, never one autopilot keeps.
    const owner = (0,external_node_path_.relative)(stateRoot, real) === '' ? 'the folder itself' : await stateOwner(real, paths);
    if (owner !== undefined && !(realAllowed !== undefined && inside(realAllowed, real))) {
        throw new errors/* UserError */.yo(`--${flag} "${out}" would write into ${owner} of the state folder ${paths.root}, which autopilot keeps; ` +
            `write it somewhere else${allowed ? ` (or under ${allowed})` : ''}`);
    }
    return real;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/report.ts
// `autopilot report [--out DIR]`: the static dashboard; `autopilot export
// [--status S] [--since T] [--until T] [--out FILE]`: the run history as CSV,
// streamed whatever the size of the log.







/**
 * Where the runs, incidents and decision log come from: GitHub (workflow
 * runs, issues, the decision-log file at decision-log-path) when a token and
 * a repository are configured, as for `incident`; the state folder otherwise.
 */
function reportControlPlane(config) {
    return config.githubToken && config.repository ? 'github' : 'local';
}
/** The report from the given control plane; the queue and run log always come from the data plane (CSV or Sheets). */
async function buildReportFrom(ctx, where, outDir = ctx.args.flags.out ?? ctx.paths.report) {
    const control = (0,control_plane/* buildControlPlane */.UM)(ctx.config, ctx.wiring, where);
    const data = await (0,data_plane/* buildDataPlane */.lf)(ctx.config, ctx.wiring);
    const [queueRows, runs, decisionLog, incidents] = await Promise.all([
        data.queue.list(),
        control.runs.recent(50),
        control.decisions.read(),
        control.incidents.list('all'),
    ]);
    // The local site's article URLs are relative to the state folder: link them from where the page is.
    const siteBase = (0,external_node_path_.relative)((0,external_node_path_.resolve)(outDir), ctx.paths.root) || '.';
    return writeReport(outDir, {
        queueRows,
        runLog: data.runLog.read(),
        runs,
        decisionLog,
        incidents,
        now: ctx.now(),
        siteBase,
    });
}
/** The local cycle's report (`start`): always the state folder, like the rest of that cycle. */
async function buildLocalReport(ctx, outDir = ctx.args.flags.out ?? ctx.paths.report) {
    return buildReportFrom(ctx, 'local', outDir);
}
async function reportCommand(ctx) {
    // An explicit --out never lands on the state folder's own files (site/index.html, …).
    if (ctx.args.flags.out !== undefined)
        await checkOutFolder('out', ctx.args.flags.out, ctx.paths, ctx.paths.report);
    const where = reportControlPlane(ctx.config);
    const written = await buildReportFrom(ctx, where);
    const source = where === 'github' ? ` (runs, incidents and decision from GitHub ${ctx.config.repository})` : '';
    ctx.say(`report written: ${written.htmlPath}${source}`);
    ctx.result({ html: written.htmlPath, data: written.dataPath, control_plane: where });
    return 0;
}
async function exportCommand(ctx) {
    const status = ctx.args.flags.status
        ?.split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    for (const s of status ?? []) {
        if (!model/* OUTCOMES */.im.includes(s)) {
            throw new errors/* UserError */.yo(`--status "${s}" is not valid; expected outcomes among ${model/* OUTCOMES */.im.join(', ')}`);
        }
    }
    const since = (0,args/* timeFlag */.cS)('since', ctx.args.flags.since);
    const until = (0,args/* timeFlag */.cS)('until', ctx.args.flags.until);
    const filters = { status: status, since, until };
    const out = ctx.args.flags.out;
    // Checked before anything is read: a bad --out changes nothing.
    const target = out === undefined ? undefined : await checkOutFile('out', out, ctx.paths);
    const data = await (0,data_plane/* buildDataPlane */.lf)(ctx.config, ctx.wiring);
    if (target !== undefined && out !== undefined) {
        const stream = (0,external_node_fs_.createWriteStream)(target);
        const opened = new Promise((resolve, reject) => {
            stream.once('open', () => resolve());
            stream.once('error', reject);
        });
        try {
            await opened;
            const { rows } = await exportRunHistoryCsv(data.runLog.read(since), stream, filters, { end: true });
            await (0,promises_.finished)(stream);
            ctx.io.stderr(`${rows} rows written to ${out}`);
            ctx.result({ out: target, rows });
        }
        catch (error) {
            stream.destroy();
            throw outFileError('out', out, error);
        }
        return 0;
    }
    // --json: the same rows as one JSON array, streamed (a log of any size).
    if (ctx.json)
        await exportRunHistoryJson(data.runLog.read(since), process.stdout, filters);
    else
        await exportRunHistoryCsv(data.runLog.read(since), process.stdout, filters);
    return 0;
}


/***/ }),

/***/ 7277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ itemsNeedingHuman)
/* harmony export */ });
/* harmony import */ var _queue_parse_row__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

const HOUR_MS = 3_600_000;
function itemsNeedingHuman(rows, now, approvalWaitHours = 24) {
    const out = [];
    const duplicates = new Map((0,_queue_parse_row__WEBPACK_IMPORTED_MODULE_0__/* .findDuplicateIds */ .FT)(rows).map((p) => [p.row, p]));
    for (const row of rows) {
        const status = row.status.trim().toUpperCase();
        const base = {
            row: row.row,
            id: row.id,
            title: row.title,
            updated_at: row.updated_at,
            article_url: row.article_url,
        };
        const duplicate = duplicates.get(row.row);
        if (duplicate) {
            out.push({ ...base, status: _queue_parse_row__WEBPACK_IMPORTED_MODULE_0__/* .DUPLICATE_ID */ .Gd, reason: duplicate.message.replace(/^row \d+: /, '') });
        }
        else if (status === 'BLOCKED') {
            // A BLOCKED row's reason is in notes (`[CODE] …`); last_error, if any, is an older attempt's.
            out.push({ ...base, status, reason: row.notes.trim() || row.last_error.trim() || 'blocked' });
        }
        else if (status === 'FAILED') {
            out.push({ ...base, status, reason: row.last_error.trim() || row.notes.trim() || 'failed' });
        }
        else if (status === 'AWAITING_APPROVAL') {
            const since = Date.parse(row.updated_at);
            if (Number.isNaN(since)) {
                out.push({ ...base, status, reason: 'awaiting approval (updated_at unknown)' });
            }
            else if (now.getTime() - since > approvalWaitHours * HOUR_MS) {
                const hours = Math.floor((now.getTime() - since) / HOUR_MS);
                out.push({ ...base, status, reason: `awaiting approval for ${hours} h` });
            }
        }
    }
    return out;
}


/***/ }),

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseIsoTime)
/* harmony export */ });
// Date.parse for run-log times, fast. Date.parse costs about half a
// microsecond — a second per million rows, read twice (the reader checks
// `at`, the report buckets it) — while nearly every `at` we read is the
// canonical form our writers produce, YYYY-MM-DDTHH:MM:SS.sssZ. That form is
// taken apart by hand; anything else goes to Date.parse. Same answers.
/** The two-digit number at `at`, or -1 when either character is not an ASCII digit. */
function two(text, at) {
    const high = text.charCodeAt(at) - 48;
    const low = text.charCodeAt(at + 1) - 48;
    return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}
/** The last day the fast path computed ("YYYY-MM-DDT" and its first millisecond): rows come in time order. */
let lastDay = '';
let lastDayMs = 0;
/** Milliseconds since the epoch, NaN when `text` is not a time: Date.parse(text), with a fast path. */
function parseIsoTime(text) {
    if (text.length === 24 &&
        text.charCodeAt(23) === 90 && // Z
        text.charCodeAt(13) === 58 && // :
        text.charCodeAt(16) === 58 &&
        text.charCodeAt(19) === 46 // .
    ) {
        const hour = two(text, 11);
        const minute = two(text, 14);
        const second = two(text, 17);
        const msHigh = two(text, 20);
        const msLow = text.charCodeAt(22) - 48;
        // Within these ranges Date.parse and Date.UTC agree; outside them (hour 24, second 60, …) Date.parse decides.
        if (hour >= 0 &&
            hour <= 23 &&
            minute >= 0 &&
            minute <= 59 &&
            second >= 0 &&
            second <= 59 &&
            msHigh >= 0 &&
            msLow >= 0 &&
            msLow <= 9) {
            const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + msHigh * 10 + msLow;
            if (lastDay !== '' && text.startsWith(lastDay))
                return lastDayMs + timeOfDay;
            const dayMs = dayStart(text);
            if (!Number.isNaN(dayMs)) {
                lastDay = text.slice(0, 11);
                lastDayMs = dayMs;
                return dayMs + timeOfDay;
            }
        }
    }
    return Date.parse(text);
}
/** The first millisecond of the day "YYYY-MM-DDT…" names, NaN when it is not one the fast path takes. */
function dayStart(text) {
    if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84)
        return Number.NaN; // - - T
    const century = two(text, 0);
    const yy = two(text, 2);
    const month = two(text, 5);
    const day = two(text, 8);
    // Within these ranges Date.parse and Date.UTC agree (a 30 February rolls over in both);
    // outside them (month 13, a year below 100, …) Date.parse decides.
    if (century < 1 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return Number.NaN;
    return Date.UTC(century * 100 + yy, month - 1, day);
}


/***/ }),

/***/ 4899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ batchedRows),
/* harmony export */   c: () => (/* binding */ batchesOf)
/* harmony export */ });
// A stream of rows that can also be read a batch at a time. An async
// iterator costs a promise and a turn of the microtask queue per value —
// most of the time of a million-row report once parsing is fast — so a
// reader that has rows in hand a chunk at a time (the run-log CSV) offers
// them as batches too, and a consumer that knows (the report, the export)
// takes the batches. Everyone else iterates rows as before.
const BATCHES = Symbol('row batches');
/** Rows read in batches, iterable row by row as well. */
function batchedRows(batches) {
    const rows = {
        [BATCHES]: batches,
        async *[Symbol.asyncIterator]() {
            for await (const batch of batches())
                for (const row of batch)
                    yield row;
        },
    };
    return rows;
}
/** The rows as batches: the source's own when it has them, else grouped `size` at a time. */
async function* batchesOf(rows, size = 1024) {
    if (BATCHES in rows) {
        yield* rows[BATCHES]();
        return;
    }
    let batch = [];
    for await (const row of rows) {
        batch.push(row);
        if (batch.length >= size) {
            yield batch;
            batch = [];
        }
    }
    if (batch.length > 0)
        yield batch;
}


/***/ })

};
