// Workflow runs of the publish workflow as RunRecords. The mode comes from
// the run's title: publish.yml sets `run-name: "publish (mode: …)"`, which
// the API returns as `display_title` (`name` is the workflow's name).
import type { Mode, RunRecord } from '../../model';
import type { Dispatcher, RunHistory } from '../../ports';
import { type GitHubContext, type GitHubOptions, gitHubContext } from './client';
import { gitHubError } from './errors';

/**
 * The mode a run's title carries: an explicit "mode: x" (or "mode=x") wins;
 * else the one of review/publish that appears as a word; 'unknown' when
 * neither or both appear.
 */
export function parseRunMode(name: string | null | undefined): Mode | 'unknown' {
  const text = name ?? '';
  const explicit = /\bmode\s*[:=]\s*(review|publish)\b/i.exec(text)?.[1];
  if (explicit) return explicit.toLowerCase() as Mode;
  const words = new Set([...text.matchAll(/\b(review|publish)\b/gi)].map((m) => (m[1] ?? '').toLowerCase()));
  return words.size === 1 ? ([...words][0] as Mode) : 'unknown';
}

/** The fields of a workflow run we read (a subset of GitHub's workflow-run). */
export interface WorkflowRun {
  id: number;
  name?: string | null;
  display_title?: string;
  status: string | null;
  conclusion: string | null;
  run_started_at?: string;
  created_at: string;
  updated_at: string;
  html_url: string;
}

const CONCLUSIONS: Record<string, NonNullable<RunRecord['conclusion']>> = {
  success: 'success',
  failure: 'failure',
  cancelled: 'cancelled',
  skipped: 'skipped',
  timed_out: 'timed_out',
  neutral: 'neutral',
  // A run that never started or waits on an approval did not succeed.
  startup_failure: 'failure',
  action_required: 'failure',
  stale: 'cancelled',
};

export function toRunRecord(run: WorkflowRun): RunRecord {
  const status: RunRecord['status'] =
    run.status === 'completed' ? 'completed' : run.status === 'in_progress' ? 'in_progress' : 'queued';
  const record: RunRecord = {
    run_id: String(run.id),
    mode: parseRunMode(run.display_title || run.name),
    status,
    started_at: run.run_started_at || run.created_at,
    url: run.html_url,
  };
  if (status === 'completed') {
    record.finished_at = run.updated_at;
    const conclusion = run.conclusion ? CONCLUSIONS[run.conclusion] : undefined;
    if (conclusion) record.conclusion = conclusion;
  }
  return record;
}

/** Statuses of a run that has not finished; the list endpoint filters by one at a time. */
export const ACTIVE_STATUSES = ['queued', 'in_progress', 'waiting', 'pending', 'requested'] as const;

async function listRuns(ctx: GitHubContext, limit: number, status?: (typeof ACTIVE_STATUSES)[number]) {
  const runs: WorkflowRun[] = [];
  const perPage = Math.min(Math.max(limit, 1), 100);
  for (let page = 1; runs.length < limit; page++) {
    const { data } = await ctx.client.rest.actions.listWorkflowRuns({
      owner: ctx.owner,
      repo: ctx.repo,
      workflow_id: ctx.workflowFile,
      per_page: perPage,
      page,
      ...(status ? { status } : {}),
    });
    runs.push(...(data.workflow_runs as WorkflowRun[]));
    if (data.workflow_runs.length < perPage || runs.length >= data.total_count) break;
  }
  return runs.slice(0, limit);
}

export class GitHubRunHistory implements RunHistory {
  private readonly ctx: GitHubContext;

  constructor(options: GitHubOptions) {
    this.ctx = gitHubContext(options);
  }

  /** GitHub lists runs newest first. */
  async recent(limit: number): Promise<RunRecord[]> {
    if (limit <= 0) return [];
    try {
      return (await listRuns(this.ctx, limit)).map(toRunRecord);
    } catch (error) {
      throw gitHubError(error, `list runs of ${this.ctx.workflowFile}`);
    }
  }

  /** GitHub records its runs itself. */
  async record(_run: RunRecord): Promise<void> {}
}

export class GitHubDispatcher implements Dispatcher {
  private readonly ctx: GitHubContext;

  constructor(options: GitHubOptions) {
    this.ctx = gitHubContext(options);
  }

  /**
   * POST …/dispatches. With `return_run_details` GitHub answers 200 with the
   * new run's id and URLs; older servers (GHES) answer 204 without a body.
   */
  async dispatch(mode: Mode): Promise<{ run_id?: string; url?: string }> {
    const { client, owner, repo, workflowFile, ref } = this.ctx;
    try {
      const response = await client.rest.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: workflowFile,
        ref,
        inputs: { mode },
        return_run_details: true,
      });
      const data = ((response.status as number) === 200 ? response.data : undefined) as
        | { workflow_run_id?: number; html_url?: string }
        | undefined;
      const result: { run_id?: string; url?: string } = {};
      if (data?.workflow_run_id !== undefined) result.run_id = String(data.workflow_run_id);
      if (data?.html_url) result.url = data.html_url;
      return result;
    } catch (error) {
      throw gitHubError(error, `dispatch ${workflowFile} (mode ${mode}) on ${ref}`);
    }
  }

  async active(): Promise<RunRecord[]> {
    const seen = new Map<number, WorkflowRun>();
    try {
      for (const status of ACTIVE_STATUSES) {
        for (const run of await listRuns(this.ctx, 100, status)) seen.set(run.id, run);
      }
    } catch (error) {
      throw gitHubError(error, `list active runs of ${this.ctx.workflowFile}`);
    }
    return [...seen.values()].sort((a, b) => b.created_at.localeCompare(a.created_at)).map(toRunRecord);
  }
}
