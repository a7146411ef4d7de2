// A text file on a branch of the repository, through the contents API, with
// a compare-and-set write: a PUT carries the blob sha we read, and GitHub
// refuses it (409 "… does not match …", or 422 when the file appeared
// meanwhile) when the file changed since. `transact` reads, applies a pure
// plan, writes with the sha; on a conflict it re-reads and re-applies the
// plan to the new text, a bounded number of times with a small jittered
// backoff. So a concurrent writer (another run, a human's commit in the web
// UI) is never overwritten by a stale copy.
//
// A 5xx (or a lost answer) on the PUT may have been applied: before
// re-applying, we re-read and look for our write — the same text, or our
// commit (each carries a unique `autopilot-write:` trailer) under a newer
// one — so an append is never made twice. Octokit's own retry is off for the
// PUT for that reason.
import { randomBytes } from 'node:crypto';
import { ServiceError } from '../../errors';
import type { GitHubContext } from './client';
import { gitHubError, httpStatus } from './errors';
import type { StateBranch } from './state-branch';

export interface RepoFileVersion {
  text: string;
  sha: string;
}

/** What a plan makes of the current text: `text` undefined (or unchanged) writes nothing. */
export interface FilePlan<T> {
  text?: string;
  result: T;
  /** The commit message of this write, when it depends on what the plan did. */
  message?: string;
}

/** Requests made through one file (or a group sharing the counter), for the request figures. */
export interface RepoRequestStats {
  requests: number;
  reads: number;
  writes: number;
  /** Writes refused as stale (409/422) and re-applied. */
  conflicts: number;
  /** Writes answered with a 5xx or not at all, then checked. */
  uncertain: number;
}

export function newRepoRequestStats(): RepoRequestStats {
  return { requests: 0, reads: 0, writes: 0, conflicts: 0, uncertain: 0 };
}

export interface RepoFileOptions {
  /** The branch (default: the context's ref). */
  branch?: string;
  /** Created on the first write when the branch does not exist. */
  stateBranch?: StateBranch;
  stats?: RepoRequestStats;
  /** Attempts of one transaction before it gives up (default 6). */
  maxAttempts?: number;
  /** Base of the jittered backoff between attempts, in ms (default 250). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** A read: the file's version, or `undefined` when it (or its branch) does not exist. */
interface Snapshot {
  version: RepoFileVersion | undefined;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class GitHubRepoFile {
  readonly branch: string;
  readonly stats: RepoRequestStats;
  /** Our last known version (read or written): a transaction may try its write on it without a read first. */
  private cached: Snapshot | undefined;
  /** One transaction at a time in this process: concurrent items would only conflict with each other. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: GitHubContext,
    readonly path: string,
    private readonly options: RepoFileOptions = {},
  ) {
    this.branch = options.branch ?? ctx.ref;
    this.stats = options.stats ?? newRepoRequestStats();
  }

  /** Where the file is, for messages: `owner/repo:path@branch`. */
  get where(): string {
    return `${this.ctx.owner}/${this.ctx.repo}:${this.path}@${this.branch}`;
  }

  /** The file's text and sha; undefined when it or its branch does not exist. */
  async read(): Promise<RepoFileVersion | undefined> {
    return (await this.fetch()).version;
  }

  /**
   * Write what `next` makes of the current text (undefined when the file is
   * missing); `next` returns undefined to leave the file as it is.
   */
  async update(
    next: (current: string | undefined) => string | undefined,
    message: string,
  ): Promise<{ changed: boolean }> {
    const { changed } = await this.transact((current) => ({ text: next(current), result: undefined }), message);
    return { changed };
  }

  /**
   * Apply `plan` (pure, synchronous; it may run more than once) to the
   * current text and write the outcome with a compare-and-set.
   * `optimistic`: try the write on our last known version without reading
   * first (one request when nobody else wrote); a plan that changes nothing
   * is always confirmed on a fresh read.
   */
  transact<T>(
    plan: (current: string | undefined) => FilePlan<T>,
    message: string,
    options: { optimistic?: boolean } = {},
  ): Promise<{ changed: boolean; result: T }> {
    const run = this.tail.then(
      () => this.attempts(plan, message, options.optimistic ?? false),
      () => this.attempts(plan, message, options.optimistic ?? false),
    );
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async attempts<T>(
    plan: (current: string | undefined) => FilePlan<T>,
    message: string,
    optimistic: boolean,
  ): Promise<{ changed: boolean; result: T }> {
    const maxAttempts = this.options.maxAttempts ?? 6;
    let snapshot = optimistic ? this.cached : undefined;
    let fresh = false;
    let branchChecked = false;
    for (let attempt = 1; ; ) {
      if (!snapshot) {
        snapshot = await this.fetch();
        fresh = true;
      }
      const current = snapshot.version;
      const outcome = plan(current?.text);
      if (outcome.text === undefined || outcome.text === current?.text) {
        if (fresh) return { changed: false, result: outcome.result };
        snapshot = undefined; // a decision to write nothing must come from a fresh read
        continue;
      }
      const writeId = randomBytes(8).toString('hex');
      try {
        const written = await this.put(outcome.text, outcome.message ?? message, current?.sha, writeId);
        this.cached = written ? { version: written } : undefined;
        return { changed: true, result: outcome.result };
      } catch (error) {
        const status = httpStatus(error);
        this.cached = undefined;
        if (status === 404 && this.options.stateBranch && !branchChecked) {
          // The branch is missing (GitHub checks it first): create it, then start over on it.
          branchChecked = true;
          const outcome = await this.options.stateBranch.ensure();
          if (outcome === 'existed') throw gitHubError(error, `write ${this.where}`);
          snapshot = undefined;
          continue;
        }
        if (attempt >= maxAttempts) {
          if (status === 409 || status === 422) {
            throw new ServiceError(
              'GitHub',
              `write ${this.where}: the file changed under us ${attempt} times in a row (HTTP ${status}); gave up without writing. Nothing was overwritten; run again.`,
              status,
              true,
            );
          }
          throw gitHubError(error, `write ${this.where}`);
        }
        if (status === 409 || status === 422) {
          this.stats.conflicts++;
          this.ctx.log?.info(`${this.where} changed while we wrote it (HTTP ${status}); re-reading and re-applying`);
          snapshot = undefined;
        } else if (status === undefined || status >= 500) {
          this.stats.uncertain++;
          const check = await this.landed(current, outcome.text, writeId);
          if (check.landed) {
            this.ctx.log?.info(`${this.where}: the write answered HTTP ${status ?? '(none)'} but it landed`);
            return { changed: true, result: outcome.result };
          }
          this.ctx.log?.warn(
            `${this.where}: the write answered HTTP ${status ?? '(none)'} and did not land; re-applying`,
          );
          snapshot = check.fresh;
          fresh = true;
        } else {
          throw gitHubError(error, `write ${this.where}`);
        }
        attempt++;
        await this.backoff(attempt);
      }
    }
  }

  /** Jittered exponential backoff: base × 2^(attempt−2) × [0.5, 1.5), at most 5 s. */
  private async backoff(attempt: number): Promise<void> {
    const base = this.options.backoffMs ?? 250;
    const random = this.options.random ?? Math.random;
    const ms = Math.min(5000, base * 2 ** Math.max(0, attempt - 2) * (0.5 + random()));
    await (this.options.sleep ?? realSleep)(ms);
  }

  /** Did a write whose answer we lost land? The same text now, or our commit under a newer one. */
  private async landed(
    base: RepoFileVersion | undefined,
    text: string,
    writeId: string,
  ): Promise<{ landed: boolean; fresh: Snapshot }> {
    const fresh = await this.fetch();
    if (fresh.version?.text === text) return { landed: true, fresh };
    if (fresh.version?.sha === base?.sha) return { landed: false, fresh };
    // Moved on: ours may be under a newer commit (another writer's, after ours).
    const { client, owner, repo } = this.ctx;
    this.count('read');
    try {
      const { data } = await client.request('GET /repos/{owner}/{repo}/commits', {
        owner,
        repo,
        sha: this.branch,
        path: this.path,
        per_page: 30,
      });
      return { landed: data.some((c) => c.commit.message.includes(`autopilot-write: ${writeId}`)), fresh };
    } catch (error) {
      throw gitHubError(error, `check whether our write of ${this.where} landed`);
    }
  }

  private count(kind: 'read' | 'write'): void {
    this.stats.requests++;
    if (kind === 'read') this.stats.reads++;
    else this.stats.writes++;
  }

  private async fetch(): Promise<Snapshot> {
    const { client, owner, repo } = this.ctx;
    let data: unknown;
    this.count('read');
    try {
      ({ data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo,
        path: this.path,
        ref: this.branch,
      }));
    } catch (error) {
      if (httpStatus(error) === 404) {
        this.cached = { version: undefined };
        return this.cached;
      }
      throw gitHubError(error, `read ${this.where}`);
    }
    const file = data as { type?: string; content?: string; encoding?: string; sha?: string };
    if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
      throw new ServiceError(
        'GitHub',
        `${this.where} is not a file (got ${Array.isArray(data) ? 'a folder' : file.type})`,
      );
    }
    if (file.encoding !== 'base64' || typeof file.content !== 'string') {
      // Files over 1 MB come back without content (encoding "none").
      throw new ServiceError(
        'GitHub',
        `${this.where} came back without its content (encoding ${file.encoding}): the contents API returns files up to 1 MB; move older rows to another file on the branch`,
      );
    }
    this.cached = { version: { text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha } };
    return this.cached;
  }

  private async put(
    text: string,
    message: string,
    sha: string | undefined,
    writeId: string,
  ): Promise<RepoFileVersion | undefined> {
    const { client, owner, repo } = this.ctx;
    this.count('write');
    const { data } = await client.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path: this.path,
      branch: this.branch,
      message: `${message}\n\nautopilot-write: ${writeId}`,
      content: Buffer.from(text, 'utf8').toString('base64'),
      ...(sha ? { sha } : {}),
      // A 5xx may have been applied: we check for our write ourselves instead of resending it.
      request: { retries: 0 },
    });
    const newSha = data.content?.sha;
    return typeof newSha === 'string' ? { text, sha: newSha } : undefined;
  }
}
