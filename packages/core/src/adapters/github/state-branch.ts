// The state branch (setting `state-branch`, default autopilot-state): where
// the queue, the run log, the decision log and the heartbeat live on GitHub.
// Never the default branch: rulesets and branch protection guard it, and a
// commit there every few minutes would bury the code's history.
//
// Created on the first write, through the git database API, as an ORPHAN
// commit holding only a README (not a branch from the default branch's
// HEAD): the branch then carries no workflow files, so its commits start no
// workflow, and a person browsing it on GitHub sees only the state files.
import type { Logger } from '../../ports';
import { type GitHubContext, type GitHubOptions, gitHubContext } from './client';
import { gitHubError, httpStatus } from './errors';
import { GitHubRepoFile, newRepoRequestStats, type RepoFileOptions } from './repo-file';

export const DEFAULT_STATE_BRANCH = 'autopilot-state';

const README = `# autopilot state

This branch holds the state of the blog autopilot, written by its actions
through the GitHub contents API: \`queue.csv\` (the queue: edit it here, in
the web UI, on this branch), \`run_log.csv\` (append-only),
\`decision_log.json\` and \`local_heartbeat.json\`. It is kept apart from the
default branch so that branch protection and rulesets there do not stop it.
Every write is a compare-and-set on the file's sha: an edit made while the
pipeline writes is re-read, never overwritten.
`;

export type EnsureOutcome = 'existed' | 'created' | 'created-by-another';

export class StateBranch {
  constructor(
    private readonly ctx: GitHubContext,
    readonly name: string,
    /** Counts each request made (for the request figures). */
    private readonly count: () => void = () => {},
  ) {}

  async exists(): Promise<boolean> {
    const { client, owner, repo } = this.ctx;
    this.count();
    try {
      await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `heads/${this.name}` });
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) return false;
      throw gitHubError(error, `look up branch ${this.name}`);
    }
  }

  /** Make sure the branch exists; a concurrent creator's "Reference already exists" counts as done. */
  async ensure(): Promise<EnsureOutcome> {
    if (await this.exists()) return 'existed';
    const { client, owner, repo } = this.ctx;
    const what = `create the state branch ${this.name} in ${owner}/${repo}`;
    try {
      this.count();
      const tree = await client.request('POST /repos/{owner}/{repo}/git/trees', {
        owner,
        repo,
        tree: [{ path: 'README.md', mode: '100644', type: 'blob', content: README }],
      });
      this.count();
      const commit = await client.request('POST /repos/{owner}/{repo}/git/commits', {
        owner,
        repo,
        message: `chore(autopilot): start the state branch ${this.name} [skip ci]`,
        tree: tree.data.sha,
        parents: [],
      });
      this.count();
      await client.request('POST /repos/{owner}/{repo}/git/refs', {
        owner,
        repo,
        ref: `refs/heads/${this.name}`,
        sha: commit.data.sha,
      });
      this.ctx.log?.notice(`created the state branch ${this.name} (an orphan branch holding only the state files)`);
      return 'created';
    } catch (error) {
      if (httpStatus(error) === 422 && (await this.exists())) return 'created-by-another';
      throw gitHubError(error, what);
    }
  }
}

export interface RepoStateOptions extends GitHubOptions {
  /** The state branch (default autopilot-state); created on the first write. */
  branch?: string;
  /** The file on it (default queue.csv / run_log.csv). */
  path?: string;
  /** Receives warnings about the table (ragged rows, bad run-log rows). */
  logger?: Logger;
  /** Conflict handling and request counting (tests make the backoff instant). */
  file?: Omit<RepoFileOptions, 'branch' | 'stateBranch'>;
}

/** A repository file on the state branch, with the branch created on the first write. */
export function stateFile(options: RepoStateOptions, defaultPath: string): GitHubRepoFile {
  const ctx = gitHubContext({ ...options, log: options.log ?? options.logger });
  const branch = options.branch ?? DEFAULT_STATE_BRANCH;
  const stats = options.file?.stats ?? newRepoRequestStats();
  return new GitHubRepoFile(ctx, options.path ?? defaultPath, {
    ...options.file,
    branch,
    stats,
    stateBranch: new StateBranch(ctx, branch, () => stats.requests++),
  });
}
