// Everything the dashboard shows, as plain data (also written as data.json so
// other tools can read what the page shows).

import { currentDecision } from '../domain/reconcile/decision-log';
import { itemsNeedingHuman, type NeedsHuman } from '../domain/reconcile/need-human';
import {
  type DecisionEntry,
  type DecisionLogDoc,
  type Incident,
  ITEM_STATUSES,
  type ItemStatus,
  type QueueRow,
  type RunLogRow,
  type RunRecord,
} from '../model';
import { collectRunLogStats, type RunLogStats } from './run-log-stats';

export interface ReportInput {
  queueRows: readonly QueueRow[];
  runLog: AsyncIterable<RunLogRow>;
  runs: readonly RunRecord[];
  decisionLog: DecisionLogDoc;
  incidents: readonly Incident[];
  now: Date;
  title?: string;
  /** Days of trend to show (default 30). */
  trendDays?: number;
  /** Recent runs to list (default 15). */
  recentRuns?: number;
  /**
   * Where relative article URLs (the local site's `site/articles/<handle>.html`,
   * relative to the state folder) are resolved from the page: the path from
   * the report's folder to the state folder, e.g. `..`. Absent: left as they are.
   */
  siteBase?: string;
}

export interface ReportData {
  title: string;
  generated_at: string;
  queue: { total: number; by_status: Record<ItemStatus, number>; other: number };
  awaiting_approval: Array<{ id: string; title: string; article_url: string; approval: string; updated_at: string }>;
  /** SCHEDULED rows: sent to the store, shown at publish_at (soonest first). */
  scheduled: Array<{ id: string; title: string; article_url: string; publish_at: string }>;
  /** Rows a person has to look at (blocked, failed, duplicate ids, approvals waiting over a day). */
  need_human: NeedsHuman[];
  runs: Array<{
    run_id: string;
    mode: string;
    status: string;
    conclusion: string;
    started_at: string;
    finished_at: string;
    url: string;
    processed: number | null;
    /** LLM usage of the run from its run-log rows; null when the log has no row of it. */
    tokens_in: number | null;
    tokens_out: number | null;
    cost_usd: number | null;
  }>;
  run_log: Omit<RunLogStats, 'days' | 'failure_codes' | 'by_run'>;
  /** The last `trendDays` days that have rows, oldest first. */
  days: RunLogStats['days'];
  failure_codes: RunLogStats['failure_codes'];
  /** The current decision: reconcile's latest evaluation (or a newer hand-written decision). */
  decision: DecisionEntry | null;
  open_incidents: Array<{ key: string; id: string; title: string; severity: string; created_at: string; url: string }>;
}

export const DEFAULT_TITLE = 'Blog autopilot — pipeline report';

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];

export async function buildReportData(input: ReportInput): Promise<ReportData> {
  const byStatus = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  let other = 0;
  for (const row of input.queueRows) {
    // An empty status is PENDING, as the queue reads it.
    const status = (row.status.trim().toUpperCase() || 'PENDING') as ItemStatus;
    if (status in byStatus) byStatus[status]++;
    else other++;
  }

  const recent = [...input.runs]
    .sort((a, b) => b.started_at.localeCompare(a.started_at))
    .slice(0, input.recentRuns ?? 15);
  const { days, failure_codes, by_run, ...runLog } = await collectRunLogStats(
    input.runLog,
    10,
    recent.map((r) => r.run_id),
  );

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
    need_human: itemsNeedingHuman(input.queueRows, input.now).map((n) => ({
      ...n,
      article_url: articleHref(n.article_url, input.siteBase),
    })),
    decision: currentDecision(input.decisionLog),
    open_incidents: input.incidents
      .filter((i) => i.state === 'open')
      .sort(
        (a, b) =>
          SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
          a.created_at.localeCompare(b.created_at),
      )
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
export function articleHref(url: string, siteBase: string | undefined): string {
  const value = url.trim();
  if (!value || siteBase === undefined || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) return value;
  const base = siteBase.replace(/\\/g, '/').replace(/\/+$/, '');
  return base && base !== '.' ? `${base}/${value}` : value;
}
