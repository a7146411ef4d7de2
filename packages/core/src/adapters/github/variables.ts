// Repository variables (the kill-switch WF_ENABLED / ALLOW_PUBLISH, and
// LOCAL_HEARTBEAT). Writing them needs a token with Variables: write —
// GITHUB_TOKEN cannot.
import type { VariableStore } from '../../ports';
import { type GitHubContext, type GitHubOptions, gitHubContext } from './client';
import { gitHubError, httpStatus } from './errors';
import { postOnce } from './post-once';

/** The list endpoint's largest page. */
const PER_PAGE = 30;

export class GitHubVariableStore implements VariableStore {
  private readonly ctx: GitHubContext;
  private readonly waitMs: number;

  constructor(options: GitHubOptions) {
    this.ctx = gitHubContext(options);
    this.waitMs = options.retryBaseMs ?? 1000;
  }

  async get(name: string): Promise<string | undefined> {
    const { client, owner, repo } = this.ctx;
    try {
      const { data } = await client.request('GET /repos/{owner}/{repo}/actions/variables/{name}', {
        owner,
        repo,
        name,
      });
      return data.value;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw gitHubError(error, `read variable ${name}`);
    }
  }

  /**
   * Lists the repository's variables (30 a page; a repository rarely has more)
   * instead of one request per name; stops paging once every name is found.
   */
  async getMany(names: readonly string[]): Promise<Record<string, string | undefined>> {
    const { client, owner, repo } = this.ctx;
    const wanted = new Set(names.map((n) => n.toUpperCase()));
    const found: Record<string, string | undefined> = Object.fromEntries(names.map((n) => [n, undefined]));
    const byUpper = new Map(names.map((n) => [n.toUpperCase(), n]));
    try {
      for (let page = 1; wanted.size > 0; page++) {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/variables', {
          owner,
          repo,
          per_page: PER_PAGE,
          page,
        });
        for (const variable of data.variables) {
          // Variable names are case-insensitive on GitHub (it stores them upper-case).
          const name = byUpper.get(variable.name.toUpperCase());
          if (name === undefined) continue;
          found[name] = variable.value;
          wanted.delete(name.toUpperCase());
        }
        if (data.variables.length < PER_PAGE || page * PER_PAGE >= data.total_count) break;
      }
    } catch (error) {
      throw gitHubError(error, `read variables ${names.join(', ')}`);
    }
    return found;
  }

  /**
   * Update the variable, or create it when it does not exist yet. A create
   * answered with a 5xx or not at all is checked (read back) before it is
   * posted again.
   */
  async set(name: string, value: string): Promise<void> {
    const { client, owner, repo } = this.ctx;
    try {
      await client.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', { owner, repo, name, value });
      return;
    } catch (error) {
      if (httpStatus(error) !== 404) throw gitHubError(error, `set variable ${name}`);
    }
    try {
      await postOnce({
        what: `create variable ${name}`,
        post: async () => {
          await client.request('POST /repos/{owner}/{repo}/actions/variables', { owner, repo, name, value });
          return true;
        },
        find: async () => ((await this.get(name)) === value ? true : undefined),
        waitMs: this.waitMs,
        log: this.ctx.log,
      });
    } catch (error) {
      throw gitHubError(error, `create variable ${name}`);
    }
  }
}
