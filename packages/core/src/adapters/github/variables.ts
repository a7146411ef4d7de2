// Repository variables (the kill-switch WF_ENABLED / ALLOW_PUBLISH, and
// LOCAL_HEARTBEAT). Writing them needs a token with Variables: write —
// GITHUB_TOKEN cannot.
import type { VariableStore } from '../../ports';
import { type GitHubContext, type GitHubOptions, gitHubContext } from './client';
import { gitHubError, httpStatus } from './errors';

export class GitHubVariableStore implements VariableStore {
  private readonly ctx: GitHubContext;

  constructor(options: GitHubOptions) {
    this.ctx = gitHubContext(options);
  }

  async get(name: string): Promise<string | undefined> {
    const { client, owner, repo } = this.ctx;
    try {
      const { data } = await client.rest.actions.getRepoVariable({ owner, repo, name });
      return data.value;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw gitHubError(error, `read variable ${name}`);
    }
  }

  /** Update the variable, or create it when it does not exist yet. */
  async set(name: string, value: string): Promise<void> {
    const { client, owner, repo } = this.ctx;
    try {
      await client.rest.actions.updateRepoVariable({ owner, repo, name, value });
      return;
    } catch (error) {
      if (httpStatus(error) !== 404) throw gitHubError(error, `set variable ${name}`);
    }
    try {
      await client.rest.actions.createRepoVariable({ owner, repo, name, value });
    } catch (error) {
      throw gitHubError(error, `create variable ${name}`);
    }
  }
}
