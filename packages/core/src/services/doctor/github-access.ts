// Can the GitHub token do what the supervisor must? Judged from answers to
// probes that change nothing: reads for the read permissions, and for each
// write a request GitHub must authorise before it can find out that the
// request is impossible (a ref, a variable, an issue or a branch that cannot
// exist). GitHub checks a fine-grained token's or an App token's permission
// before it looks at the request, so a missing permission answers 403
// "Resource not accessible by …" with x-accepted-github-permissions, and a
// granted one gets as far as 404/422 (that order is what GitHub's answers
// show, not a documented promise). Nothing is ever written or run.
import { type CheckResult, fail, type HttpObservation, isAnswer, messageOf, pass } from './types';

export type GitHubProbe = 'actions-read' | 'actions-write' | 'variables-write' | 'issues-write' | 'contents-write';

export interface GitHubContextForChecks {
  repository: string;
  /** How the user knows the token: the secret's name. */
  tokenName: string;
  workflowFile: string;
  stateBranch: string;
}

interface PermissionSpec {
  title: string;
  /** The permission as GitHub's settings pages name it. */
  label: string;
  level: 'read' | 'write';
  /** The actions/create-github-app-token input that asks for it. */
  appInput: string;
  /** Statuses that mean GitHub authorised the token for this request. */
  authorised: number[];
  /** What an authorised answer proves. */
  proves: (ctx: GitHubContextForChecks) => string;
}

export const GITHUB_PROBES: Record<GitHubProbe, PermissionSpec> = {
  'actions-read': {
    title: 'token can read workflow runs (Actions: read)',
    label: 'Actions',
    level: 'read',
    appInput: 'permission-actions',
    authorised: [200],
    proves: (ctx) => `listed the runs of ${ctx.workflowFile}`,
  },
  'actions-write': {
    title: 'token can dispatch the publish workflow (Actions: write)',
    label: 'Actions',
    level: 'write',
    appInput: 'permission-actions',
    authorised: [422],
    proves: () => 'GitHub authorised a dispatch and refused only the probe’s impossible ref (nothing was dispatched)',
  },
  'variables-write': {
    title: 'token can write repository variables (Variables: write)',
    label: 'Variables',
    level: 'write',
    appInput: 'permission-actions-variables',
    authorised: [404, 422],
    proves: () =>
      'GitHub authorised a variable update and answered that the probe’s reserved name does not exist (nothing was written)',
  },
  'issues-write': {
    title: 'token can write issues (Issues: write)',
    label: 'Issues',
    level: 'write',
    appInput: 'permission-issues',
    authorised: [404, 422],
    proves: () => 'GitHub authorised an issue update and answered that issue #0 does not exist (nothing was written)',
  },
  'contents-write': {
    title: 'token can write the state branch (Contents: write)',
    label: 'Contents',
    level: 'write',
    appInput: 'permission-contents',
    authorised: [404, 409, 422],
    proves: (ctx) =>
      `GitHub authorised a file write and refused only the probe’s impossible branch (nothing was written; the state branch ${ctx.stateBranch} is created on the first write)`,
  },
};

export function permissionFix(spec: PermissionSpec, ctx: GitHubContextForChecks): string {
  const level = spec.level === 'write' ? 'Read and write' : 'Read-only';
  return (
    `give ${ctx.tokenName} the repository permission ${spec.label}: ${level}. ` +
    `GitHub App: the App's settings → Permissions & events → Repository permissions → ${spec.label}, then accept the new permission on the installation ` +
    `(with actions/create-github-app-token, also list \`${spec.appInput}: ${spec.level}\`). ` +
    `Fine-grained PAT: edit the token → Repository permissions → ${spec.label}: ${level} (for ${ctx.repository}).`
  );
}

/** The answer to GET /repos/{owner}/{repo}: does the token see the repository at all? */
export function evaluateRepository(o: HttpObservation, ctx: GitHubContextForChecks): CheckResult {
  const id = 'github.repository';
  const title = `token sees ${ctx.repository}`;
  const common = commonFailure(o, id, title, ctx);
  if (common) return common;
  if (isAnswer(o) && o.status === 200) {
    const body = o.body as { private?: unknown; full_name?: unknown } | undefined;
    const visibility = body?.private === true ? 'private' : body?.private === false ? 'public' : 'visible';
    return pass(id, title, `${ctx.repository} is ${visibility} to the token${tokenFacts(o.headers)}`);
  }
  if (isAnswer(o) && o.status === 404) {
    return fail(
      id,
      title,
      `${ctx.repository} was not found with this token (404: ${messageOf(o)})`,
      `check GITHUB_REPOSITORY (owner/name); a GitHub App must be installed on ${ctx.repository}; ` +
        `a fine-grained PAT must list it under Repository access (and belong to its owner)`,
    );
  }
  return unexpected(o, id, title);
}

/**
 * What GitHub's headers tell about the token itself: a fine-grained PAT's
 * expiry (github-authentication-token-expiration), a classic token's scopes
 * (x-oauth-scopes). App installation tokens report neither.
 */
function tokenFacts(headers: Record<string, string>): string {
  const facts: string[] = [];
  const expires = headers['github-authentication-token-expiration'];
  if (expires) facts.push(`the token expires ${expires}`);
  const scopes = headers['x-oauth-scopes'];
  if (scopes !== undefined) facts.push(`a classic token with scopes: ${scopes || 'none'}`);
  return facts.length > 0 ? `; ${facts.join('; ')}` : '';
}

/** One permission probe's answer. */
export function evaluatePermission(probe: GitHubProbe, o: HttpObservation, ctx: GitHubContextForChecks): CheckResult {
  const spec = GITHUB_PROBES[probe];
  const id = `github.${probe}`;
  const common = commonFailure(o, id, spec.title, ctx);
  if (common) return common;
  if (!isAnswer(o)) return unexpected(o, id, spec.title);
  if (o.status === 403) {
    const needs = o.headers['x-accepted-github-permissions'];
    return fail(
      id,
      spec.title,
      `GitHub refused: ${messageOf(o)}${needs ? ` (the endpoint needs ${needs})` : ''}`,
      permissionFix(spec, ctx),
    );
  }
  if (o.status === 410 && probe === 'issues-write') {
    return fail(
      id,
      spec.title,
      `issues are turned off for ${ctx.repository} (410: ${messageOf(o)})`,
      `turn Issues on: repository Settings → General → Features → Issues (incidents are issues)`,
    );
  }
  if (o.status === 404 && (probe === 'actions-read' || probe === 'actions-write')) {
    return fail(
      id,
      spec.title,
      `the workflow ${ctx.workflowFile} was not found (404: ${messageOf(o)})`,
      `commit .github/workflows/${ctx.workflowFile} to the default branch, or set workflow-file (WORKFLOW_FILE) to its name`,
    );
  }
  if (spec.authorised.includes(o.status)) return pass(id, spec.title, spec.proves(ctx));
  return unexpected(o, id, spec.title);
}

/** Failures every GitHub probe shares: no answer, a rejected token, a rate limit. */
function commonFailure(
  o: HttpObservation,
  id: string,
  title: string,
  ctx: GitHubContextForChecks,
): CheckResult | undefined {
  if (!isAnswer(o)) {
    return fail(id, title, `no answer from GitHub: ${o.error}`, 'check GITHUB_API_URL and the network, then run again');
  }
  if (o.status === 401) {
    return fail(
      id,
      title,
      `GitHub rejected the token (401: ${messageOf(o)})`,
      `${ctx.tokenName} is missing, expired, revoked or mistyped: make a new token and store it as the ${ctx.tokenName} secret`,
    );
  }
  const limited = (o.status === 403 || o.status === 429) && o.headers['x-ratelimit-remaining'] === '0';
  if (limited || o.status === 429) {
    return fail(
      id,
      title,
      `GitHub rate-limited the token (${o.status}: ${messageOf(o)})`,
      'wait for the limit to reset (x-ratelimit-reset) and run the doctor again',
    );
  }
  return undefined;
}

function unexpected(o: HttpObservation, id: string, title: string): CheckResult {
  const what = isAnswer(o) ? `HTTP ${o.status}: ${messageOf(o)}` : o.error;
  return fail(id, title, `unexpected answer (${what})`, 'run again; if it persists, check githubstatus.com');
}
