import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { type IncidentRequest, runIncident } from '../../../packages/core/src/services/incident';
import { createRedactor } from '../../../packages/core/src/util/redact';
import { FakeIncidents, FakeNotifier } from '../../unit/control/fakes';

const START = new Date('2025-03-01T00:00:00Z').getTime();
const CANARY = 'canary-shopify-token-98765';

function setup() {
  let now = new Date(START);
  const incidents = new FakeIncidents(() => now);
  const notifier = new FakeNotifier();
  const log = createMemoryLogger();
  const deps = { incidents, notifier, redact: createRedactor({ secrets: [CANARY] }), log };
  const at = (hours: number) => {
    now = new Date(START + hours * 3_600_000);
  };
  const trigger = (action: IncidentRequest['action'], body = 'Dead letters piled up.') =>
    runIncident(deps, {
      action,
      key: 'dead-letter',
      title: 'Dead letters',
      body,
      severity: 'medium',
      now,
      labels: ['incident'],
    });
  return { incidents, notifier, log, at, trigger };
}

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
