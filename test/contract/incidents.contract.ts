// What every IncidentTracker must do: one incident per key found by its
// marker, comments, close, reopen, and redaction of everything written.
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../packages/core/src/model';
import type { IncidentTracker } from '../../packages/core/src/ports';

export interface IncidentTrackerFixture {
  tracker: IncidentTracker;
  /** Every text stored for an incident (title, body, comments), to look for leaks. */
  storedText: (incident: Incident) => Promise<string>;
  cleanup?: () => Promise<void>;
}

export const SECRET = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
/** The redactor fixtures must pass to their tracker. */
export const redactSecret = (text: string) => text.replaceAll(SECRET, '***');

export function describeIncidentTrackerContract(name: string, factory: () => Promise<IncidentTrackerFixture>): void {
  describe(`IncidentTracker contract: ${name}`, () => {
    const withTracker = async (test: (f: IncidentTrackerFixture) => Promise<void>) => {
      const fixture = await factory();
      try {
        await test(fixture);
      } finally {
        await fixture.cleanup?.();
      }
    };

    const open = (tracker: IncidentTracker, key: string, body = 'Two runs failed.') =>
      tracker.open({ key, title: `Incident ${key}`, body, severity: 'high', labels: ['autopilot'] });

    it('finds nothing for an unknown key and lists nothing', () =>
      withTracker(async ({ tracker }) => {
        expect(await tracker.find('pipeline-unstable')).toBeUndefined();
        expect(await tracker.list('all')).toEqual([]);
      }));

    it('opens an incident with its key, severity and labels, and finds it again', () =>
      withTracker(async ({ tracker }) => {
        const opened = await open(tracker, 'pipeline-unstable');
        expect(opened).toMatchObject({
          key: 'pipeline-unstable',
          state: 'open',
          severity: 'high',
          title: 'Incident pipeline-unstable',
        });
        expect(opened.labels).toEqual(expect.arrayContaining(['incident', 'severity:high', 'autopilot']));
        expect(opened.created_at).toBeTruthy();
        const found = await tracker.find('pipeline-unstable');
        expect(found).toMatchObject({ id: opened.id, key: 'pipeline-unstable', state: 'open', severity: 'high' });
        expect(found?.last_comment_at).toBeUndefined();
      }));

    it('does not mix up keys where one is a prefix of the other', () =>
      withTracker(async ({ tracker }) => {
        const long = await open(tracker, 'heartbeat-stale-local');
        expect(await tracker.find('heartbeat-stale')).toBeUndefined();
        const short = await open(tracker, 'heartbeat-stale');
        expect((await tracker.find('heartbeat-stale'))?.id).toBe(short.id);
        expect((await tracker.find('heartbeat-stale-local'))?.id).toBe(long.id);
      }));

    it('records when it last commented', () =>
      withTracker(async ({ tracker }) => {
        const opened = await open(tracker, 'dead-letter');
        const commented = await tracker.comment(opened, 'Still failing.');
        expect(commented.last_comment_at).toBeTruthy();
        expect(commented.state).toBe('open');
        const found = await tracker.find('dead-letter');
        expect(found?.last_comment_at).toBe(commented.last_comment_at);
      }));

    it('closes and reopens, and lists by state', () =>
      withTracker(async ({ tracker }) => {
        const a = await open(tracker, 'schedule-stalled');
        const b = await open(tracker, 'dead-letter');
        const closed = await tracker.close(a, 'Recovered.');
        expect(closed).toMatchObject({ id: a.id, state: 'closed' });
        expect(closed.closed_at).toBeTruthy();
        expect((await tracker.find('schedule-stalled'))?.state).toBe('closed');
        expect((await tracker.list('open')).map((i) => i.key)).toEqual(['dead-letter']);
        expect((await tracker.list('closed')).map((i) => i.key)).toEqual(['schedule-stalled']);
        expect((await tracker.list('all')).map((i) => i.id).sort()).toEqual([a.id, b.id].sort());

        const reopened = await tracker.reopen(closed, 'It is back.');
        expect(reopened).toMatchObject({ id: a.id, state: 'open' });
        expect(reopened.closed_at).toBeUndefined();
        expect(reopened.last_comment_at).toBeTruthy();
        expect((await tracker.find('schedule-stalled'))?.state).toBe('open');
      }));

    it('finds the newest incident when a key was opened again after closing', () =>
      withTracker(async ({ tracker }) => {
        const first = await open(tracker, 'pipeline-unstable');
        await tracker.close(first, 'Recovered.');
        const second = await open(tracker, 'pipeline-unstable');
        expect(second.id).not.toBe(first.id);
        expect(await tracker.find('pipeline-unstable')).toMatchObject({ id: second.id, state: 'open' });
      }));

    it('redacts secrets from the title, body and comments it writes', () =>
      withTracker(async ({ tracker, storedText }) => {
        const opened = await tracker.open({
          key: 'leak',
          title: `token ${SECRET}`,
          body: `the token was ${SECRET}`,
          severity: 'low',
        });
        await tracker.comment(opened, `again ${SECRET}`);
        await tracker.close(opened, `closing ${SECRET}`);
        const text = await storedText(opened);
        expect(text).toContain('***');
        expect(text).toContain('closing');
        expect(text).not.toContain(SECRET);
      }));
  });
}
