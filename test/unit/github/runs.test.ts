import { describe, expect, it } from 'vitest';
import {
  GitHubDispatcher,
  GitHubRunHistory,
  parseRunMode,
  toRunRecord,
} from '../../../packages/core/src/adapters/github';
import { useFakeGitHub } from '../../fakes/github-fixture';
import { fakeGitHubOptions } from '../../fakes/github-server';

const newFake = useFakeGitHub();

describe('parseRunMode', () => {
  it.each([
    ['publish (mode: review)', 'review'],
    ['publish (mode: publish)', 'publish'],
    ['Publish (MODE=Publish)', 'publish'],
    ['review run', 'review'],
    ['publish or review', 'unknown'],
    ['reviewer update', 'unknown'],
    ['', 'unknown'],
    [null, 'unknown'],
  ])('%j → %s', (name, mode) => {
    expect(parseRunMode(name)).toBe(mode);
  });
});

describe('toRunRecord', () => {
  const base = {
    id: 7,
    name: 'publish',
    display_title: 'publish (mode: publish)',
    created_at: '2026-01-05T08:00:00Z',
    updated_at: '2026-01-05T08:09:00Z',
    html_url: 'https://github.com/acme/blog/actions/runs/7',
  };

  it('maps a completed run: finished_at from updated_at, started_at from run_started_at', () => {
    expect(
      toRunRecord({ ...base, status: 'completed', conclusion: 'success', run_started_at: '2026-01-05T08:01:00Z' }),
    ).toEqual({
      run_id: '7',
      mode: 'publish',
      status: 'completed',
      conclusion: 'success',
      started_at: '2026-01-05T08:01:00Z',
      finished_at: '2026-01-05T08:09:00Z',
      url: base.html_url,
    });
  });

  it('falls back to created_at, and maps waiting to queued without finish time', () => {
    const run = toRunRecord({ ...base, status: 'waiting', conclusion: null });
    expect(run).toMatchObject({ status: 'queued', started_at: base.created_at });
    expect(run.finished_at).toBeUndefined();
  });

  it('counts a startup failure as a failure', () => {
    expect(toRunRecord({ ...base, status: 'completed', conclusion: 'startup_failure' }).conclusion).toBe('failure');
  });
});

describe('GitHubRunHistory', () => {
  it('lists only runs of its workflow file, and pages past 100', async () => {
    const fake = await newFake();
    fake.workflows.add('ci.yml');
    for (let i = 0; i < 130; i++) fake.addRun({ display_title: `publish (mode: ${i % 2 ? 'publish' : 'review'})` });
    fake.addRun({ workflow: 'ci.yml', display_title: 'CI' });
    const runs = await new GitHubRunHistory(fakeGitHubOptions(fake)).recent(120);
    expect(runs).toHaveLength(120);
    expect(runs[0]?.mode).toBe('publish');
    expect(runs.every((r) => r.mode !== 'unknown')).toBe(true);
    const pages = fake.requests.map((r) => r.query.page);
    expect(pages).toEqual(['1', '2']);
    expect(fake.requests[0]?.path).toBe('/repos/acme/blog/actions/workflows/publish.yml/runs');
  });
});

describe('GitHubDispatcher', () => {
  it('dispatches with ref, mode and return_run_details, and returns the new run', async () => {
    const fake = await newFake();
    const result = await new GitHubDispatcher({ ...fakeGitHubOptions(fake), ref: 'main' }).dispatch('publish');
    const run = fake.runs.at(-1);
    expect(result).toEqual({ run_id: String(run?.id), url: `https://github.com/acme/blog/actions/runs/${run?.id}` });
    const dispatches = fake.requests.filter((r) => r.route.endsWith('/dispatches'));
    expect(dispatches.map((r) => r.body)).toEqual([
      { ref: 'main', inputs: { mode: 'publish' }, return_run_details: true },
    ]);
    expect(run?.display_title).toBe('publish (mode: publish)');
  });

  it('handles a 204 answer without run details: looks the new run up, so the run it reports exists', async () => {
    const fake = await newFake();
    fake.dispatchReturnsDetails = false;
    fake.addRun({ display_title: 'publish (mode: review)', event: 'workflow_dispatch' });
    const result = await new GitHubDispatcher(fakeGitHubOptions(fake)).dispatch('review');
    const run = fake.runs.at(-1);
    expect(fake.runs).toHaveLength(2);
    expect(result).toEqual({ run_id: String(run?.id), url: `https://github.com/acme/blog/actions/runs/${run?.id}` });
  });

  it('names the workflow and ref when the dispatch is refused', async () => {
    const fake = await newFake();
    const error = await new GitHubDispatcher({ ...fakeGitHubOptions(fake), ref: 'nope' })
      .dispatch('review')
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('dispatch publish.yml (mode review) on nope failed (HTTP 422)');
  });

  it('lists queued, in-progress and waiting runs as active, not completed ones', async () => {
    const fake = await newFake();
    fake.addRun({ display_title: 'publish (mode: review)', status: 'completed' });
    const queued = fake.addRun({ display_title: 'publish (mode: review)', status: 'queued' });
    const running = fake.addRun({ display_title: 'publish (mode: publish)', status: 'in_progress' });
    const waiting = fake.addRun({ display_title: 'publish (mode: publish)', status: 'waiting' });
    const active = await new GitHubDispatcher(fakeGitHubOptions(fake)).active();
    expect(active.map((r) => r.run_id)).toEqual([waiting, running, queued].map((r) => String(r.id)));
    expect(active.map((r) => r.status)).toEqual(['queued', 'in_progress', 'queued']);
    // One list of every status, not one request per unfinished status.
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.query.status).toBeUndefined();
  });
});
