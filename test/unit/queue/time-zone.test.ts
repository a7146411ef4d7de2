// A publish_at without a zone is read in the `timezone` setting (issue 11).
import { describe, expect, it } from 'vitest';
import { isTimeZone, parseQueueTime } from '../../../packages/core/src/domain/queue';

describe('parseQueueTime in a time zone', () => {
  it('reads a time without a zone in UTC by default', () => {
    expect(parseQueueTime('2026-11-22 09:00')?.toISOString()).toBe('2026-11-22T09:00:00.000Z');
  });

  it('reads it in the given IANA zone, winter and summer time', () => {
    expect(parseQueueTime('2026-11-22 09:00', 'Europe/Berlin')?.toISOString()).toBe('2026-11-22T08:00:00.000Z');
    expect(parseQueueTime('2026-07-01T09:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(parseQueueTime('2026-07-01 09:00', 'America/New_York')?.toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(parseQueueTime('2026-11-22', 'Asia/Tokyo')?.toISOString()).toBe('2026-11-21T15:00:00.000Z');
  });

  it('an explicit zone in the text wins over the setting', () => {
    expect(parseQueueTime('2026-11-22T09:00:00Z', 'Europe/Berlin')?.toISOString()).toBe('2026-11-22T09:00:00.000Z');
    expect(parseQueueTime('2026-11-22T09:00+02:00', 'Asia/Tokyo')?.toISOString()).toBe('2026-11-22T07:00:00.000Z');
  });

  it('a wall time on a DST change: the skipped hour lands after it, the repeated hour reads as the first', () => {
    // Europe/Berlin: 2026-03-29 02:00 → 03:00 (skipped); 2026-10-25 03:00 → 02:00 (repeated).
    // 02:30 does not exist: read with the winter offset, i.e. 03:30 CEST.
    expect(parseQueueTime('2026-03-29 02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice: the first (CEST, +02:00).
    expect(parseQueueTime('2026-10-25 02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('knows zone names', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('the timezone setting', () => {
  it('defaults to UTC, takes an IANA name from TIMEZONE, and refuses an unknown one naming the setting', async () => {
    const { loadConfig } = await import('../../../packages/core/src/config');
    expect(loadConfig({}).timezone).toBe('UTC');
    expect(loadConfig({ env: { TIMEZONE: 'Europe/Berlin' } }).timezone).toBe('Europe/Berlin');
    expect(() => loadConfig({ env: { TIMEZONE: 'Mars/Olympus' } })).toThrow(/timezone.*IANA time zone/s);
  });

  it('a publish_at without a zone is read in it when the row is parsed', async () => {
    const { parseQueueRow } = await import('../../../packages/core/src/domain/queue');
    const { queueRow } = await import('./rows');
    const parsed = parseQueueRow(queueRow({ row: 1, id: 'a', publish_at: '2026-11-22 09:00' }), {
      timeZone: 'America/New_York',
    });
    expect(parsed.ok && parsed.item.publishAt?.toISOString()).toBe('2026-11-22T14:00:00.000Z');
  });
});
