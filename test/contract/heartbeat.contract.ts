// What every heartbeat store (a HeartbeatSource that is also a
// HeartbeatSink) must do: missing, malformed with the field named, and a
// faithful round trip.
import { describe, expect, it } from 'vitest';
import type { Heartbeat } from '../../packages/core/src/model';
import type { HeartbeatSink, HeartbeatSource } from '../../packages/core/src/ports';

export interface HeartbeatFixture {
  store: HeartbeatSource & HeartbeatSink;
  /** Put raw text where the heartbeat lives. */
  writeRaw: (text: string) => Promise<void>;
  cleanup?: () => Promise<void>;
}

const beat: Heartbeat = {
  timestamp: 1_767_600_000,
  iso: new Date(1_767_600_000 * 1000).toISOString(),
  owner: 'laptop-anna',
  mode: 'publish',
  expires_at: 1_767_600_900,
};

export function describeHeartbeatContract(name: string, factory: () => Promise<HeartbeatFixture>): void {
  describe(`Heartbeat contract: ${name}`, () => {
    const withStore = async (test: (f: HeartbeatFixture) => Promise<void>) => {
      const fixture = await factory();
      try {
        await test(fixture);
      } finally {
        await fixture.cleanup?.();
      }
    };

    it('reads a missing heartbeat as missing, naming the source', () =>
      withStore(async ({ store }) => {
        const read = await store.read();
        expect(read).toMatchObject({ ok: false, reason: 'missing' });
        expect(read.source).toBeTruthy();
      }));

    it('reads back what it wrote', () =>
      withStore(async ({ store }) => {
        await store.write(beat);
        expect(await store.read()).toMatchObject({ ok: true, heartbeat: beat });
        const released: Heartbeat = { ...beat, timestamp: beat.timestamp + 60, released: true };
        await store.write(released);
        expect(await store.read()).toMatchObject({ ok: true, heartbeat: released });
      }));

    it('reports text that is not JSON as malformed', () =>
      withStore(async ({ store, writeRaw }) => {
        await writeRaw('{"timestamp": 17');
        expect(await store.read()).toMatchObject({ ok: false, reason: 'malformed' });
      }));

    it('names the bad field of a malformed heartbeat', () =>
      withStore(async ({ store, writeRaw }) => {
        await writeRaw(JSON.stringify({ ...beat, mode: 'yolo' }));
        const read = await store.read();
        expect(read).toMatchObject({ ok: false, reason: 'malformed' });
        expect(read.ok ? '' : read.detail).toContain('mode');
      }));

    it('accepts an iso-only heartbeat (older writers)', () =>
      withStore(async ({ store, writeRaw }) => {
        await writeRaw(JSON.stringify({ iso: beat.iso, owner: 'old-runner', mode: 'review' }));
        expect(await store.read()).toMatchObject({
          ok: true,
          heartbeat: { timestamp: beat.timestamp, owner: 'old-runner' },
        });
      }));
  });
}
