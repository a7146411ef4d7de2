// The supervisor against the fake GitHub, through the real GitHub adapters:
// the stall clock, a refused disable, writes GitHub applied but answered with
// a 5xx, and how many requests a steady tick makes.
import { describe, expect, it } from 'vitest';
import {
  GitHubDecisionLog,
  GitHubDispatcher,
  GitHubHeartbeatFile,
  GitHubIncidentTracker,
  GitHubRunHistory,
  GitHubVariableStore,
  gitHubRequestCount,
} from '../../../packages/core/src/adapters/github';
import { supervisorSummary } from '../../../packages/core/src/host/summaries';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type { QueueRow } from '../../../packages/core/src/model';
import { runIncident } from '../../../packages/core/src/services/incident';
import { runSupervisor, type SupervisorOptions } from '../../../packages/core/src/services/supervisor';
import { variableMemory } from '../../../packages/core/src/services/supervisor-memory';
import { useFakeGitHub } from '../../fakes/github-fixture';
import { type FakeGitHub, fakeGitHubOptions } from '../../fakes/github-server';
import { FakeNotifier, FakeQueue, queueRow, stubQueueRules } from '../../unit/control/fakes';

const newFake = useFakeGitHub();
const NOW = new Date('2026-03-02T12:00:00Z');
const at = (hoursAgo: number, from = NOW) =>
  new Date(from.getTime() - hoursAgo * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const VARIABLE = '/repos/{owner}/{repo}/actions/variables/{name}' as const;
const VARIABLES = '/repos/{owner}/{repo}/actions/variables' as const;
const ISSUES = '/repos/{owner}/{repo}/issues' as const;
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
const DISPATCHES = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches' as const;
/** GitHub's answer to a token without the Variables permission. */
const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/actions/variables#update-a-repository-variable',
  status: '403',
};

async function world(options: { rows?: QueueRow[]; switches?: boolean; clock?: () => Date } = {}) {
  let now = NOW;
  const fake = await newFake({ clock: options.clock ?? (() => now) });
  if (options.switches !== false) {
    fake.variables.set('WF_ENABLED', { value: 'true', created_at: at(48), updated_at: at(48) });
    fake.variables.set('ALLOW_PUBLISH', { value: 'human_enabled', created_at: at(48), updated_at: at(48) });
  }
  const log = createMemoryLogger();
  const github = { ...fakeGitHubOptions(fake), log };
  const vars = new GitHubVariableStore(github);
  const notifier = new FakeNotifier();
  const deps = {
    queue: new FakeQueue(options.rows ?? [queueRow({ row: 1, status: 'PENDING' })]),
    runs: new GitHubRunHistory(github),
    dispatcher: new GitHubDispatcher(github),
    vars,
    decisions: new GitHubDecisionLog(github),
    heartbeat: new GitHubHeartbeatFile(github),
    incidents: new GitHubIncidentTracker(github),
    notifier,
    log,
    state: variableMemory(vars),
  };
  const supervise = (extra: Partial<SupervisorOptions> = {}) =>
    runSupervisor(deps, { dryRun: false, now, runId: 'sup-1', queueRules: stubQueueRules, ...extra });
  const later = (hours: number) => {
    now = new Date(now.getTime() + hours * 3_600_000);
    return now;
  };
  return { fake, deps, log, notifier, supervise, later, now: () => now };
}

const issuesWith = (fake: FakeGitHub, key: string) =>
  fake.issues.filter((issue) => issue.body?.includes(`autopilot-incident:${key} `));

/** Every text the tick produced: issue titles, bodies and comments, notifications, logs, the summary. */
function allTexts(fake: FakeGitHub, notifier: FakeNotifier, log: ReturnType<typeof createMemoryLogger>, extra = '') {
  return [
    ...fake.issues.flatMap((i) => [i.title, i.body ?? '', ...i.comments.map((c) => c.body)]),
    ...notifier.sent.flatMap((n) => [n.title, n.log_excerpt ?? '']),
    ...log.events.map((e) => e.message),
    extra,
  ].join('\n');
}

describe('schedule-stalled measures from when work became due or a run started', () => {
  it('does not fire while the first publish run has been queued for seconds (no run completed yet)', async () => {
    const { fake, supervise } = await world();
    fake.addRun({ display_title: 'publish (mode: review)', status: 'queued', created_at: at(10 / 3600) });
    // Work became due 5 h ago, long before the schedule's first run.
    const r = await supervise({ queueRules: { ...stubQueueRules, waitingSince: () => at(5) } });
    expect(r.decision.code).toBe('wait_run_active');
    expect(issuesWith(fake, 'schedule-stalled')).toEqual([]);
  });

  it('does not fire on a queued run when no due time is known', async () => {
    const { fake, supervise } = await world();
    fake.addRun({ display_title: 'publish (mode: review)', status: 'queued', created_at: at(0.01) });
    await supervise();
    expect(issuesWith(fake, 'schedule-stalled')).toEqual([]);
  });

  it('fires when the oldest queued run has waited longer than stall-after-hours, naming it', async () => {
    const { fake, supervise } = await world();
    const stuck = fake.addRun({ display_title: 'publish (mode: review)', status: 'queued', created_at: at(4) });
    await supervise();
    const [issue] = issuesWith(fake, 'schedule-stalled');
    expect(issue?.state).toBe('open');
    expect(issue?.body).toContain(`Run ${stuck.id} of the publish workflow has been queued since 4.0 h ago`);
  });

  it('fires when due work has waited past the limit with no run at all, then resolves once a run is queued', async () => {
    const { fake, supervise, later } = await world();
    const rules = { ...stubQueueRules, waitingSince: () => at(4) };
    await supervise({ queueRules: rules });
    expect(issuesWith(fake, 'schedule-stalled')[0]?.state).toBe('open');
    later(0.5);
    fake.addRun({ display_title: 'publish (mode: review)', status: 'in_progress', created_at: at(0.1) });
    await supervise({ queueRules: rules, now: new Date(NOW.getTime() + 1_800_000) });
    const [issue] = issuesWith(fake, 'schedule-stalled');
    expect(issue?.state).toBe('closed');
    expect(issue?.comments.at(-1)?.body).toMatch(/Not stalled: run \d+ is in_progress/);
  });
});

describe('a disable the token may not make', () => {
  async function unstable() {
    const w = await world();
    for (const hours of [2, 1]) {
      w.fake.addRun({ display_title: 'publish (mode: publish)', conclusion: 'failure', created_at: at(hours) });
    }
    return w;
  }

  it('opens a critical disable-failed incident that says it FAILED and what to fix, and claims nothing', async () => {
    const { fake, deps, log, notifier, supervise } = await unstable();
    fake.fail('PATCH', VARIABLE, 403, { times: 10, body: FORBIDDEN });
    fake.fail('POST', VARIABLES, 403, { times: 10, body: { ...FORBIDDEN, documentation_url: 'x' } });
    const r = await supervise();

    expect(r.decision.code).toBe('disable_unstable');
    expect(fake.variables.get('WF_ENABLED')?.value).toBe('true');
    expect(fake.variables.get('ALLOW_PUBLISH')?.value).toBe('human_enabled');
    expect(r.disable?.map((w) => [w.name, w.done, w.status])).toEqual([
      ['WF_ENABLED', false, 403],
      ['ALLOW_PUBLISH', false, 403],
    ]);
    // The host fails the run when errors is not empty.
    expect(r.errors.join('\n')).toMatch(
      /set WF_ENABLED=false failed: .*HTTP 403.*Resource not accessible by integration/,
    );

    const [failed] = issuesWith(fake, 'disable-failed');
    expect(failed?.state).toBe('open');
    expect(failed?.labels).toContain('severity:critical');
    expect(failed?.title).toMatch(/FAILED/);
    expect(failed?.body).toMatch(/WF_ENABLED=false: FAILED — .*HTTP 403/);
    expect(failed?.body).toMatch(/ALLOW_PUBLISH=human_disabled: FAILED/);
    expect(failed?.body).toContain('Variables: write');
    expect(failed?.body).toContain('actions_variables: write');
    expect(failed?.body).toContain('Publishing was NOT switched off');
    // Its title says "publishing disabled": not opened while that is not true.
    expect(issuesWith(fake, 'pipeline-unstable')).toEqual([]);
    expect(notifier.sent[0]?.log_excerpt).toMatch(/the disable FAILED/);

    const texts = allTexts(fake, notifier, log, supervisorSummary(r));
    expect(texts).not.toMatch(/The supervisor set|publishing disabled:|Pipeline unstable: publishing disabled/);
    expect(texts).not.toMatch(/set WF_ENABLED=false \(read back\)/);
    expect(deps.dispatcher).toBeDefined();
  });

  it('resolves disable-failed once the token may write, and the instability incident says what was set', async () => {
    const { fake, supervise, later } = await unstable();
    fake.fail('PATCH', VARIABLE, 403, { times: 2, body: FORBIDDEN });
    await supervise();
    expect(issuesWith(fake, 'disable-failed')[0]?.state).toBe('open');

    later(1);
    const r = await supervise({ now: new Date(NOW.getTime() + 3_600_000) });
    expect(r.errors).toEqual([]);
    expect(fake.variables.get('WF_ENABLED')?.value).toBe('false');
    expect(fake.variables.get('ALLOW_PUBLISH')?.value).toBe('human_disabled');
    const [failed] = issuesWith(fake, 'disable-failed');
    expect(failed?.state).toBe('closed');
    expect(failed?.comments.at(-1)?.body).toMatch(/the disable succeeded/);
    const [unstableIssue] = issuesWith(fake, 'pipeline-unstable');
    expect(unstableIssue?.body).toContain(
      'The supervisor set WF_ENABLED=false and ALLOW_PUBLISH=human_disabled (read back to check).',
    );
    expect(r.done).toContain('set WF_ENABLED=false (read back)');
  });
});

describe('a POST GitHub applied but answered with a 5xx is not repeated', () => {
  it('incident creation: looks the issue up by its key marker instead of opening a second', async () => {
    const { fake, log } = await world();
    fake.failAfterApply('POST', ISSUES, 502);
    const incidents = new GitHubIncidentTracker({ ...fakeGitHubOptions(fake), log });
    const outcome = await runIncident(
      { incidents, redact: (t) => t, log },
      { action: 'open', key: 'dead-letter', title: 'Dead letters', body: 'x', severity: 'medium', now: NOW },
    );
    expect(fake.requestsOf('POST', ISSUES)).toHaveLength(1);
    expect(issuesWith(fake, 'dead-letter')).toHaveLength(1);
    expect(outcome.incident?.id).toBe(String(fake.issues[0]?.number));
    expect(log.events.map((e) => e.message).join('\n')).toMatch(/GitHub answered HTTP 502, but the write took effect/);
  });

  it('incident creation that did not take effect is posted again, once', async () => {
    const { fake, log } = await world();
    fake.fail('POST', ISSUES, 502);
    const incidents = new GitHubIncidentTracker({ ...fakeGitHubOptions(fake), log });
    await incidents.open({ key: 'dead-letter', title: 'Dead letters', body: 'x', severity: 'medium' });
    expect(fake.requestsOf('POST', ISSUES)).toHaveLength(2);
    expect(issuesWith(fake, 'dead-letter')).toHaveLength(1);
  });

  it('a comment: looks it up before posting again', async () => {
    const { fake, log } = await world();
    const incidents = new GitHubIncidentTracker({ ...fakeGitHubOptions(fake), log });
    const incident = await incidents.open({ key: 'dead-letter', title: 'Dead letters', body: 'x', severity: 'medium' });
    fake.failAfterApply('POST', COMMENTS, 503);
    await incidents.comment(incident, 'still failing');
    expect(fake.requestsOf('POST', COMMENTS)).toHaveLength(1);
    expect(fake.issues[0]?.comments).toHaveLength(1);
  });

  it('a dispatch: looks for the run it created before dispatching again', async () => {
    const { fake, supervise } = await world();
    fake.addRun({ display_title: 'publish (mode: review)', conclusion: 'success', created_at: at(1) });
    fake.failAfterApply('POST', DISPATCHES, 502);
    const r = await supervise();
    expect(r.decision.code).toBe('publish');
    expect(fake.requestsOf('POST', DISPATCHES)).toHaveLength(1);
    const dispatched = fake.runs.filter((run) => run.event === 'workflow_dispatch');
    expect(dispatched).toHaveLength(1);
    expect(r.dispatched?.run_id).toBe(String(dispatched[0]?.id));
    expect(r.done).toContain(
      `dispatched the publish workflow in publish mode: run ${dispatched[0]?.id} (https://github.com/acme/blog/actions/runs/${dispatched[0]?.id})`,
    );
  });
});

describe('a steady tick', () => {
  it('makes at most 8 GitHub requests, and the job summary says how many', async () => {
    const { fake, supervise } = await world();
    fake.addRun({ display_title: 'publish (mode: review)', conclusion: 'success', created_at: at(0.7) });
    fake.addRun({ display_title: 'publish (mode: publish)', status: 'in_progress', created_at: at(0.1) });
    // Last tick notified the same state: nothing to say, nothing to change.
    const notice = JSON.stringify({ code: 'wait_run_active', incidents: [], at: at(0.5) });
    fake.variables.set('AUTOPILOT_SUPERVISOR_NOTICE', { value: notice, created_at: at(1), updated_at: at(1) });

    const before = gitHubRequestCount();
    const r = await supervise();
    const counted = gitHubRequestCount() - before;

    expect(r.decision.code).toBe('wait_run_active');
    expect(r.applied).toEqual([]);
    expect(fake.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(fake.requests.length).toBeLessThanOrEqual(8);
    // The runs list is read once, without a status filter.
    const runLists = fake.requests.filter((q) => q.route.endsWith('/runs'));
    expect(runLists).toHaveLength(1);
    expect(runLists[0]?.query.status).toBeUndefined();
    expect(counted).toBe(fake.requests.length);
    expect(supervisorSummary(r, counted)).toContain(`GitHub requests: ${fake.requests.length}`);
  });
});
