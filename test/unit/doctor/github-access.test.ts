// The GitHub permission checks judge only what GitHub answered: a read that
// succeeded, or a write probe that got past GitHub's permission check (404 /
// 422) — and a 403 "Resource not accessible" fails with the permission to add.
import { describe, expect, it } from 'vitest';
import {
  evaluatePermission,
  evaluateRepository,
  GITHUB_PROBES,
  type GitHubProbe,
} from '../../../packages/core/src/services/doctor/github-access';
import { answer } from './helpers';

const ctx = {
  repository: 'acme/blog',
  tokenName: 'AUTOPILOT_TOKEN',
  workflowFile: 'publish.yml',
  stateBranch: 'autopilot-state',
};
const refused = (needs: string) =>
  answer(
    403,
    { message: 'Resource not accessible by integration', documentation_url: 'x' },
    {
      'x-accepted-github-permissions': needs,
    },
  );

describe('github.repository', () => {
  it('passes when the token sees the repository, naming its visibility', () => {
    const r = evaluateRepository(answer(200, { private: true }), ctx);
    expect(r).toMatchObject({ status: 'pass', detail: 'acme/blog is private to the token' });
  });

  it('says when a fine-grained PAT expires and which scopes a classic token has', () => {
    const pat = answer(
      200,
      { private: false },
      { 'github-authentication-token-expiration': '2027-03-01 00:00:00 UTC' },
    );
    expect(evaluateRepository(pat, ctx).detail).toBe(
      'acme/blog is public to the token; the token expires 2027-03-01 00:00:00 UTC',
    );
    const classic = answer(200, { private: true }, { 'x-oauth-scopes': 'repo, workflow' });
    expect(evaluateRepository(classic, ctx).detail).toContain('a classic token with scopes: repo, workflow');
  });

  it('fails a rejected token, an invisible repository and no answer, each with its own fix', () => {
    expect(evaluateRepository(answer(401, { message: 'Bad credentials' }), ctx).fix).toMatch(/AUTOPILOT_TOKEN secret/);
    expect(evaluateRepository(answer(404, { message: 'Not Found' }), ctx).fix).toMatch(/installed on acme\/blog/);
    expect(evaluateRepository({ error: 'connect ECONNREFUSED' }, ctx)).toMatchObject({ status: 'fail' });
  });
});

describe('github permission probes', () => {
  const authorised: Record<GitHubProbe, number> = {
    'actions-read': 200,
    'actions-write': 422,
    'variables-write': 404,
    'issues-write': 404,
    'contents-write': 404,
  };

  it.each(Object.entries(authorised))('%s passes on the answer of an authorised probe (%i)', (probe, status) => {
    const r = evaluatePermission(probe as GitHubProbe, answer(status, { message: 'x' }), ctx);
    expect(r.status).toBe('pass');
    expect(r.id).toBe(`github.${probe}`);
  });

  it('a write probe never claims a change: its pass says nothing was written or run', () => {
    for (const probe of ['actions-write', 'variables-write', 'issues-write', 'contents-write'] as const) {
      const r = evaluatePermission(probe, answer(authorised[probe]), ctx);
      expect(r.detail).toMatch(/nothing was (written|dispatched)/);
    }
  });

  it('403 Resource not accessible fails with the permission, GitHub’s header and the App input', () => {
    const r = evaluatePermission('variables-write', refused('actions_variables=write'), ctx);
    expect(r.status).toBe('fail');
    expect(r.detail).toBe(
      'GitHub refused: Resource not accessible by integration (the endpoint needs actions_variables=write)',
    );
    expect(r.fix).toContain('Variables: Read and write');
    expect(r.fix).toContain('permission-actions-variables: write');
  });

  it('a rate limit is not mistaken for a missing permission', () => {
    const r = evaluatePermission(
      'actions-read',
      answer(
        403,
        { message: 'API rate limit exceeded' },
        {
          'x-ratelimit-remaining': '0',
        },
      ),
      ctx,
    );
    expect(r.detail).toContain('rate-limited');
    expect(r.fix).not.toContain('Repository permissions');
  });

  it('a missing workflow file, disabled issues, and an unexpected status fail with what to do', () => {
    expect(evaluatePermission('actions-read', answer(404, { message: 'Not Found' }), ctx).fix).toContain(
      '.github/workflows/publish.yml',
    );
    expect(evaluatePermission('issues-write', answer(410, { message: 'Issues are disabled' }), ctx).fix).toContain(
      'Features → Issues',
    );
    expect(evaluatePermission('contents-write', answer(500, { message: 'boom' }), ctx)).toMatchObject({
      status: 'fail',
      detail: 'unexpected answer (HTTP 500: boom)',
    });
  });

  it('a write probe is not passed by a 2xx (that would mean something was written)', () => {
    expect(evaluatePermission('contents-write', answer(201, {}), ctx).status).toBe('fail');
    expect(Object.values(GITHUB_PROBES).every((p) => p.level === 'read' || p.authorised.every((s) => s >= 400))).toBe(
      true,
    );
  });
});
