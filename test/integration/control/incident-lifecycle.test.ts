import { describe, expect, it } from 'vitest';
import { GitHubIncidentTracker } from '../../../packages/core/src/adapters/github';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type { IncidentTracker } from '../../../packages/core/src/ports';
import { type IncidentRequest, runIncident } from '../../../packages/core/src/services/incident';
import { createRedactor } from '../../../packages/core/src/util/redact';
import { useFakeGitHub } from '../../fakes/github-fixture';
import { type FakeGitHub, fakeGitHubOptions } from '../../fakes/github-server';
import { FakeIncidents, FakeNotifier } from '../../unit/control/fakes';

const START = new Date('2025-03-01T00:00:00Z').getTime();
const CANARY = 'canary-shopify-token-98765';

function setup() {
  let now = new Date(START);
  const incidents = new FakeIncidents(() => now);
  return {
    incidents,
    ...scenario(
      incidents,
      () => now,
      (next) => (now = next),
    ),
  };
}

/** runIncident over any tracker, on a clock the test moves. */
function scenario(tracker: IncidentTracker, clock: () => Date, setClock: (next: Date) => void) {
  const notifier = new FakeNotifier();
  const log = createMemoryLogger();
  const deps = { incidents: tracker, notifier, redact: createRedactor({ secrets: [CANARY] }), log };
  const at = (hours: number) => setClock(new Date(START + hours * 3_600_000));
  const trigger = (action: IncidentRequest['action'], body = 'Dead letters piled up.') =>
    runIncident(deps, {
      action,
      key: 'dead-letter',
      title: 'Dead letters',
      body,
      severity: 'medium',
      now: clock(),
      labels: ['incident'],
    });
  return { notifier, log, at, trigger };
}

/** The lifecycle every tracker must give: the action taken at each hour. */
const LIFECYCLE: Array<[number, IncidentRequest['action'], string]> = [
  [0, 'open', 'create'],
  [1, 'open', 'noop'],
  [5.9, 'open', 'noop'],
  [6, 'open', 'comment'],
  [7, 'open', 'noop'],
  [12, 'open', 'comment'],
  [13, 'resolve', 'close'],
  [13.5, 'resolve', 'noop'],
  [20, 'open', 'reopen'],
  [21, 'resolve', 'close'],
  [46, 'open', 'create'],
];

describe('incident lifecycle against the in-memory tracker', () => {
  it('open → repeat within interval (no comment) → after interval (comment) → resolve → reopen → later a new one', async () => {
    const { incidents, notifier, at, trigger } = setup();

    expect((await trigger('open')).action).toBe('create');
    expect(incidents.incidents).toHaveLength(1);
    expect(incidents.posted.at(-1)?.body).toContain('<!-- autopilot-incident:dead-letter -->');

    at(1);
    expect((await trigger('open')).action).toBe('noop');
    at(5.9);
    expect((await trigger('open')).action).toBe('noop');
    expect(incidents.posted.map((p) => p.kind)).toEqual(['open']);

    at(6);
    expect((await trigger('open')).action).toBe('comment');
    at(7);
    expect((await trigger('open')).action).toBe('noop');
    at(12);
    expect((await trigger('open')).action).toBe('comment');

    at(13);
    const closed = await trigger('resolve', 'Back under the threshold.');
    expect(closed.action).toBe('close');
    expect(closed.incident?.state).toBe('closed');
    expect((await trigger('resolve')).action).toBe('noop');

    at(20);
    const reopened = await trigger('open');
    expect(reopened.action).toBe('reopen');
    expect(reopened.incident?.state).toBe('open');
    expect(incidents.incidents).toHaveLength(1);

    at(21);
    await trigger('resolve');
    at(21 + 25);
    expect((await trigger('open')).action).toBe('create');
    expect(incidents.incidents).toHaveLength(2);

    expect(incidents.posted.map((p) => p.kind)).toEqual([
      'open',
      'comment',
      'comment',
      'close',
      'reopen',
      'close',
      'open',
    ]);
    expect(notifier.sent.map((n) => n.status)).toEqual([
      'opened',
      'still happening',
      'still happening',
      'resolved',
      'reopened',
      'resolved',
      'opened',
    ]);
  });

  it('redacts every text it posts and notifies', async () => {
    const { incidents, notifier, log, trigger } = setup();
    await trigger('open', `token ${CANARY} leaked, also ghp_${'a'.repeat(36)}`);
    const posted = JSON.stringify(incidents.posted) + JSON.stringify(notifier.sent) + JSON.stringify(log.events);
    expect(posted).not.toContain(CANARY);
    expect(posted).not.toContain(`ghp_${'a'.repeat(36)}`);
    expect(incidents.posted[0]?.body).toContain('token *** leaked');
    expect(notifier.sent[0]?.log_excerpt).toContain('***');
  });

  it('an update comments at once on an open incident', async () => {
    const { incidents, trigger } = setup();
    await trigger('open');
    expect((await trigger('update', 'New facts.')).action).toBe('comment');
    expect(incidents.posted.at(-1)?.body).toContain('New facts.');
  });
});

const newFakeGitHub = useFakeGitHub();

describe('incident lifecycle against the fake GitHub server (issues, labels, key marker, comments)', () => {
  it('gives the same actions hour by hour as the in-memory tracker, on real issues', async () => {
    let now = new Date(START);
    const world = { memory: new FakeIncidents(() => now) };
    const fake: FakeGitHub = await newFakeGitHub({ clock: () => now });
    const github = new GitHubIncidentTracker(fakeGitHubOptions(fake));
    const runs = [world.memory, github].map((tracker) =>
      scenario(
        tracker,
        () => now,
        (next) => (now = next),
      ),
    );
    const actions: string[][] = [[], []];
    for (const [hour, action] of LIFECYCLE) {
      for (const [i, run] of runs.entries()) {
        run.at(hour);
        actions[i]?.push((await run.trigger(action)).action);
      }
    }
    const expected = LIFECYCLE.map(([, , outcome]) => outcome);
    expect(actions[0]).toEqual(expected);
    expect(actions[1]).toEqual(expected);

    // Two issues for one key: the first closed after its reopening, the second open.
    expect(fake.issues.map((i) => i.state)).toEqual(['closed', 'open']);
    for (const issue of fake.issues) {
      expect(issue.labels).toContain('incident');
      expect(issue.body).toContain('<!-- autopilot-incident:dead-letter -->');
    }
    // Comments: two repeats and a close on the first issue; a reopen comment and a close after it.
    expect(fake.issues[0]?.comments.length).toBeGreaterThanOrEqual(4);
    expect(runs[1]?.notifier.sent.map((n) => n.status)).toEqual(runs[0]?.notifier.sent.map((n) => n.status));
  });
});
