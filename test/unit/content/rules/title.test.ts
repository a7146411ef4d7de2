import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, titleMissing, titleTooLong } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

describe('TITLE_MISSING', () => {
  it('passes a title', () => {
    const d = draft({ title: 'Roses' });
    expect(titleMissing(d, context(d))).toEqual([]);
  });

  it.each(['', '   '])('flags %j', (title) => {
    const d = draft({ title });
    expect(titleMissing(d, context(d))).toEqual([
      { code: 'TITLE_MISSING', message: expect.stringContaining('no title') },
    ]);
  });
});

describe('TITLE_TOO_LONG', () => {
  it('passes exactly 70 characters (counting letters, not UTF-16 units)', () => {
    for (const title of ['x'.repeat(70), '🌹'.repeat(70), ` ${'x'.repeat(70)} `]) {
      const d = draft({ title });
      expect(titleTooLong(d, context(d))).toEqual([]);
    }
  });

  it('flags 71 characters, naming the numbers', () => {
    const d = draft({ title: 'x'.repeat(71) });
    expect(titleTooLong(d, context(d))).toEqual([
      { code: 'TITLE_TOO_LONG', message: 'title has 71 characters; at most 70 expected' },
    ]);
  });

  it('uses the configured threshold', () => {
    const d = draft({ title: 'x'.repeat(11) });
    const thresholds = { ...DEFAULT_THRESHOLDS, titleMax: 10 };
    expect(titleTooLong(d, context(d, { thresholds })).map((f) => f.code)).toEqual(['TITLE_TOO_LONG']);
  });
});
