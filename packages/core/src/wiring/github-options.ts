// The GitHub adapters' options from the config: a token and owner/name, or a
// UserError naming the setting. Apart from the adapters, so a host can check
// the settings without loading Octokit.
import type { GitHubOptions } from '../adapters/github/client';
import type { Config } from '../config';
import { UserError } from '../errors';
import type { Logger } from '../ports';

export function gitHubOptions(config: Config, ctx: { log: Logger }): GitHubOptions {
  if (!config.githubToken) {
    throw new UserError('github-token is missing: pass a token (AUTOPILOT_TOKEN for the supervisor; see RUNBOOK.md)');
  }
  const [owner, repo, ...rest] = (config.repository ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new UserError(
      `repository "${config.repository ?? ''}" is not valid; expected owner/name (GITHUB_REPOSITORY)`,
    );
  }
  return {
    token: config.githubToken,
    owner,
    repo,
    baseUrl: config.githubApiUrl,
    workflowFile: config.workflowFile,
    ref: config.workflowRef,
    log: ctx.log,
    requestTimeoutMs: config.requestTimeout * 1000,
  };
}
