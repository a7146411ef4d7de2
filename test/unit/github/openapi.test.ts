// The fake GitHub is only as good as its likeness: its routes must exist in
// GitHub's OpenAPI description, and the checker that holds its bodies to the
// description must actually catch a missing field.
import { describe, expect, it } from 'vitest';
import {
  checkAgainstSchema,
  checkExchanges,
  hasRoute,
  loadGitHubSpec,
  responseSchema,
} from '../../fakes/github-openapi';
import { FAKE_GITHUB_ROUTES } from '../../fakes/github-server';

const spec = loadGitHubSpec();

describe('fake GitHub routes', () => {
  it.each(FAKE_GITHUB_ROUTES.map(([method, route]) => [method, route]))(
    '%s %s exists in the OpenAPI description',
    (method, route) => {
      expect(hasRoute(spec, method, route)).toBe(true);
    },
  );
});

describe('the OpenAPI body checker', () => {
  const variable = responseSchema(spec, 'GET', '/repos/{owner}/{repo}/actions/variables/{name}', 200);

  it('accepts a body with every required field', () => {
    expect(checkAgainstSchema(spec, variable, { name: 'A', value: 'b', created_at: 'x', updated_at: 'y' })).toEqual([]);
  });

  it('names a missing required field and a wrong type', () => {
    expect(checkAgainstSchema(spec, variable, { name: 'A', value: 1, created_at: 'x' })).toEqual([
      '$.updated_at: required, missing',
      '$.value: expected a string, got 1',
    ]);
  });

  it('follows $ref into nested objects and arrays (a workflow run without head_commit)', () => {
    const runs = responseSchema(spec, 'GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', 200);
    const problems = checkAgainstSchema(spec, runs, { total_count: 1, workflow_runs: [{ id: 1 }] });
    expect(problems).toContain('$.workflow_runs[0].head_commit: required, missing');
    expect(problems).toContain('$.workflow_runs[0].repository: required, missing');
  });

  it('allows null only where the schema is nullable', () => {
    const issues = responseSchema(spec, 'GET', '/repos/{owner}/{repo}/issues', 200);
    const problems = checkAgainstSchema(spec, issues, [{ milestone: null, title: null }]);
    expect(problems).toContain('$[0].title: null but not nullable');
    expect(problems.some((p) => p.startsWith('$[0].milestone'))).toBe(false);
  });

  it('flags an exchange on a route GitHub does not have, or an undocumented success status', () => {
    expect(
      checkExchanges(spec, [
        { method: 'DELETE', route: '/repos/{owner}/{repo}/issues', status: 204, body: undefined },
        { method: 'GET', route: '/repos/{owner}/{repo}/issues', status: 204, body: undefined },
      ]),
    ).toEqual([
      "DELETE /repos/{owner}/{repo}/issues → 204: route not in GitHub's OpenAPI description",
      'GET /repos/{owner}/{repo}/issues → 204: status not documented for this route',
    ]);
  });

  it("checks what the client sent against the route's request schema", () => {
    const route = '/repos/{owner}/{repo}/actions/variables/{name}';
    const ok = {
      method: 'PATCH',
      route,
      status: 204,
      body: undefined,
      requestBody: { name: 'WF_ENABLED', value: 'false' },
    };
    expect(checkExchanges(spec, [ok])).toEqual([]);
    expect(
      checkExchanges(spec, [
        { ...ok, requestBody: { name: 'WF_ENABLED', value: false } },
        { ...ok, requestBody: { name: 'WF_ENABLED', value: 'false', colour: 'red' } },
        { method: 'GET', route, status: 404, body: undefined, requestBody: { name: 'x' } },
      ]),
    ).toEqual([
      `PATCH ${route} → 204: request $.value: expected a string, got false`,
      `PATCH ${route} → 204: request $.colour: not in the request schema`,
      `GET ${route} → 404: request has a body but the route takes none`,
    ]);
  });
});
