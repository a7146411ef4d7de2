// parseIsoTime is Date.parse with a hand-written path for the canonical form
// our writers produce: on every input it must answer exactly as Date.parse.
import { describe, expect, it } from 'vitest';
import { parseIsoTime } from '../../../packages/core/src/util/iso-time';

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

describe('parseIsoTime', () => {
  it('answers as Date.parse across the edges of every field (year 0–99, month 13, 30 February, hour 24, second 60)', () => {
    const differ: string[] = [];
    for (const year of [0, 99, 100, 1969, 1970, 2024, 2025, 9999])
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 28, 29, 30, 31, 32])
          for (const hour of [0, 23, 24])
            for (const minute of [0, 59, 60])
              for (const second of [0, 59, 60]) {
                const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.987Z`;
                if (!same(parseIsoTime(text), Date.parse(text))) differ.push(text);
              }
    expect(differ).toEqual([]);
  });

  it('hands every other shape to Date.parse', () => {
    for (const text of [
      '2025-03-01T10:00:00Z',
      '2025-03-01T10:00:00.000+02:00',
      '2025-03-01',
      '2025-0a-01T10:00:00.000Z',
      '2025-03-01 10:00:00.000Z',
      '２025-03-01T10:00:00.000Z',
      'not a time at all, 24 ch',
      '',
    ]) {
      expect(same(parseIsoTime(text), Date.parse(text)), text).toBe(true);
    }
    expect(parseIsoTime('2025-03-01T10:00:00.123Z')).toBe(Date.UTC(2025, 2, 1, 10, 0, 0, 123));
  });
});
