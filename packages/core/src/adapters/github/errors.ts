// Turn Octokit's RequestError into our ServiceError with a message a person
// can act on: what we tried, the status, GitHub's own message, and a hint for
// the usual permission mistakes.
import { ServiceError } from '../../errors';

export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

const HINTS: Record<number, string> = {
  401: 'the token is missing, expired or revoked',
  403: 'the token lacks a permission (variables and dispatch need a fine-grained PAT or App token with Variables and Actions write; issues need Issues write; files need Contents write) or a rate limit was not waited out',
  404: 'the repository, workflow file, branch or path does not exist, or the token cannot see it',
};

/** A refused variable write names the one permission it needs. */
export const VARIABLES_WRITE_HINT =
  'the token may not write repository variables: give it Variables: write (fine-grained PAT) or actions_variables: write (GitHub App token; permission-actions-variables: write in actions/create-github-app-token) — GITHUB_TOKEN cannot write variables';

/** `what` names the operation, e.g. "set variable WF_ENABLED". */
export function gitHubError(error: unknown, what: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  const variableWrite = /^(set|create) variable /.test(what);
  const hint =
    status === 403 && variableWrite && !/rate limit/i.test(message)
      ? VARIABLES_WRITE_HINT
      : status !== undefined
        ? HINTS[status]
        : undefined;
  const retryable = status === undefined || status >= 500 || status === 429;
  return new ServiceError(
    'GitHub',
    `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}${hint ? ` — ${hint}` : ''}`,
    status,
    retryable,
  );
}
