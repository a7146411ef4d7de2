// Workflow runs of the publish workflow as RunRecords. The mode comes from
// the run's title: publish.yml sets `run-name: "publish (mode: …)"`, which
// the API returns as `display_title` (`name` is the workflow's name).
import type { Mode, RunRecord } from '../../model';
import type { Dispatcher, RunHistory } from '../../ports';
import { type GitHubContext, type GitHubOptions, gitHubContext } from './client';
import { gitHubError } from './errors';
import { postOnce } from './post-once';

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

/** A run that has not finished: queued, in progress, or waiting (for a runner, an approval, a concurrency slot). */
export const isActiveRun = (run: RunRecord): boolean => run.status !== 'completed';

interface ListFilter {
  event?: string;
}

/**
 * Newest first, every status: one list serves the health window, the last
 * review run and the active runs (filtering by status takes one request per
 * status, and GitHub has five statuses of an unfinished run).
 */
async function listRuns(ctx: GitHubContext, limit: number, filter: ListFilter = {}) {
  const runs: WorkflowRun[] = [];
  const perPage = Math.min(Math.max(limit, 1), 100);
  for (let page = 1; runs.length < limit; page++) {
    const { data } = await ctx.client.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      owner: ctx.owner,
      repo: ctx.repo,
      workflow_id: ctx.workflowFile,
      per_page: perPage,
      page,
      ...filter,
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

/** How many runs active() reads: an unfinished run is among the newest. */
const ACTIVE_WINDOW = 100;

export class GitHubDispatcher implements Dispatcher {
  private readonly ctx: GitHubContext;
  private readonly waitMs: number;
  /** The newest run id seen before a dispatch: a run created by the dispatch has a larger one. */
  private newestSeen: number | undefined;

  constructor(options: GitHubOptions) {
    this.ctx = gitHubContext(options);
    this.waitMs = options.retryBaseMs ?? 1000;
  }

  /**
   * POST …/dispatches. With `return_run_details` GitHub answers 200 with the
   * new run's id and URLs; older servers (GHES) answer 204 without a body,
   * and then the new run is looked up. A 5xx or no answer may still have
   * started a run: the run is looked up before dispatching again.
   */
  async dispatch(mode: Mode): Promise<{ run_id?: string; url?: string }> {
    const { client, owner, repo, workflowFile, ref } = this.ctx;
    const what = `dispatch ${workflowFile} (mode ${mode}) on ${ref}`;
    try {
      const baseline = this.newestSeen ?? (await this.newestRunId());
      const find = () => this.findDispatched(mode, baseline);
      return await postOnce({
        what,
        post: async () => {
          const response = await client.request(
            'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
            {
              owner,
              repo,
              workflow_id: workflowFile,
              ref,
              inputs: { mode },
              return_run_details: true,
            },
          );
          const data = ((response.status as number) === 200 ? response.data : undefined) as
            | { workflow_run_id?: number; html_url?: string }
            | undefined;
          if (data?.workflow_run_id === undefined) return (await find()) ?? {};
          const result: { run_id?: string; url?: string } = { run_id: String(data.workflow_run_id) };
          if (data.html_url) result.url = data.html_url;
          return result;
        },
        find,
        waitMs: this.waitMs,
        log: this.ctx.log,
      });
    } catch (error) {
      throw gitHubError(error, what);
    }
  }

  /** Runs not yet completed among the newest (one request; see listRuns). */
  async active(): Promise<RunRecord[]> {
    try {
      const runs = await listRuns(this.ctx, ACTIVE_WINDOW);
      this.remember(runs);
      return runs.map(toRunRecord).filter(isActiveRun);
    } catch (error) {
      throw gitHubError(error, `list active runs of ${this.ctx.workflowFile}`);
    }
  }

  /** The runs list already read says which runs are active: no second request. */
  activeAmong(runs: readonly RunRecord[]): RunRecord[] {
    const ids = runs.map((r) => Number(r.run_id)).filter(Number.isFinite);
    if (ids.length > 0) this.newestSeen = Math.max(this.newestSeen ?? 0, ...ids);
    else this.newestSeen ??= 0;
    return runs.filter(isActiveRun);
  }

  private remember(runs: readonly WorkflowRun[]): void {
    this.newestSeen = Math.max(this.newestSeen ?? 0, ...runs.map((r) => r.id));
  }

  private async newestRunId(): Promise<number> {
    const runs = await listRuns(this.ctx, 1);
    return runs[0]?.id ?? 0;
  }

  /** A workflow_dispatch run of this mode created after `after` (run ids only grow). */
  private async findDispatched(mode: Mode, after: number): Promise<{ run_id: string; url: string } | undefined> {
    const runs = await listRuns(this.ctx, 20, { event: 'workflow_dispatch' });
    const run = runs
      .filter((r) => r.id > after)
      .filter((r) => {
        const runMode = parseRunMode(r.display_title || r.name);
        return runMode === mode || runMode === 'unknown';
      })
      .sort((a, b) => a.id - b.id)[0];
    return run ? { run_id: String(run.id), url: run.html_url } : undefined;
  }
}
