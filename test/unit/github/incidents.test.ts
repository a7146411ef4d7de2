import { describe, expect, it } from 'vitest';
import { GitHubIncidentTracker } from '../../../packages/core/src/adapters/github';
import { incidentMarker } from '../../../packages/core/src/domain/incident';
import { useFakeGitHub } from '../../fakes/github-fixture';
import { fakeGitHubOptions } from '../../fakes/github-server';

const newFake = useFakeGitHub();

describe('GitHubIncidentTracker on the issues list endpoint', () => {
  it('pages through more than 100 incident issues to find an old one', async () => {
    const fake = await newFake();
    const target = fake.addIssue({
      title: 'old',
      labels: ['incident'],
      body: `x\n${incidentMarker('schedule-stalled')}`,
    });
    for (let i = 0; i < 230; i++)
      fake.addIssue({ title: `other ${i}`, labels: ['incident'], body: incidentMarker(`other-${i}`) });
    const tracker = new GitHubIncidentTracker(fakeGitHubOptions(fake));
    expect((await tracker.find('schedule-stalled'))?.id).toBe(String(target.number));
    const listCalls = fake.requests.filter((r) => r.route === '/repos/{owner}/{repo}/issues');
    expect(listCalls.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(listCalls[0]?.query).toMatchObject({
      labels: 'incident',
      state: 'all',
      per_page: '100',
      sort: 'created',
      direction: 'desc',
    });
    expect(await tracker.list('all')).toHaveLength(231);
  });

  it('stops paging at the first (newest) match', async () => {
    const fake = await newFake();
    for (let i = 0; i < 150; i++)
      fake.addIssue({ title: `other ${i}`, labels: ['incident'], body: incidentMarker(`other-${i}`) });
    fake.addIssue({ title: 'new', labels: ['incident'], body: incidentMarker('dead-letter') });
    await new GitHubIncidentTracker(fakeGitHubOptions(fake)).find('dead-letter');
    expect(fake.requests.filter((r) => r.route === '/repos/{owner}/{repo}/issues')).toHaveLength(1);
  });

  it('ignores pull requests and issues without the marker', async () => {
    const fake = await newFake();
    fake.addIssue({
      title: 'a PR',
      labels: ['incident'],
      body: incidentMarker('pipeline-unstable'),
      is_pull_request: true,
    });
    fake.addIssue({ title: 'a human report', labels: ['incident'], body: 'pipeline-unstable happened' });
    fake.addIssue({ title: 'no body', labels: ['incident'], body: null });
    const tracker = new GitHubIncidentTracker(fakeGitHubOptions(fake));
    expect(await tracker.find('pipeline-unstable')).toBeUndefined();
    expect(await tracker.list('all')).toEqual([]);
    const real = fake.addIssue({
      title: 'real',
      labels: ['incident', 'severity:critical'],
      body: incidentMarker('pipeline-unstable'),
    });
    expect(await tracker.find('pipeline-unstable')).toMatchObject({
      id: String(real.number),
      severity: 'critical',
      url: expect.stringContaining('/issues/'),
    });
  });

  it('takes last_comment_at from our own comments only, not a human’s', async () => {
    const fake = await newFake();
    const tracker = new GitHubIncidentTracker(fakeGitHubOptions(fake));
    const opened = await tracker.open({
      key: 'dead-letter',
      title: 'Dead letters',
      body: 'Rows failed.',
      severity: 'medium',
    });
    const ours = await tracker.comment(opened, 'Still failing.');
    const issue = fake.issues[0];
    const at = fake.now();
    issue?.comments.push({ id: 1, body: 'I am looking at it', created_at: at, updated_at: at });
    const found = await tracker.find('dead-letter');
    expect(found?.last_comment_at).toBe(ours.last_comment_at);
    expect(found?.last_comment_at).not.toBe(at);
    expect(issue?.comments[0]?.body).toContain(incidentMarker('dead-letter'));
  });

  it('opens with the incident and severity labels and the marker; closes as completed after its comment', async () => {
    const fake = await newFake();
    const tracker = new GitHubIncidentTracker(fakeGitHubOptions(fake));
    const opened = await tracker.open({
      key: 'heartbeat-stale',
      title: 'Stale',
      body: 'Old heartbeat.',
      severity: 'low',
      labels: ['ops'],
    });
    const create = fake.requests.find((r) => r.method === 'POST');
    expect(create?.body).toMatchObject({ labels: ['incident', 'severity:low', 'ops'] });
    expect(String((create?.body as { body?: string } | undefined)?.body)).toMatch(
      /Old heartbeat\.\n\n<!-- autopilot-incident:heartbeat-stale -->$/,
    );
    await tracker.close(opened, 'Fresh again.');
    const [comment, patch] = fake.requests.slice(-2);
    expect(comment?.route).toBe('/repos/{owner}/{repo}/issues/{issue_number}/comments');
    expect(patch?.body).toEqual({ state: 'closed', state_reason: 'completed' });
    expect(fake.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
  });
});
