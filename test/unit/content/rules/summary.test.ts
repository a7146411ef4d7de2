import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, summaryTooLong } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

describe('SUMMARY_TOO_LONG', () => {
  it('passes 160 characters and an empty summary', () => {
    for (const summary of ['s'.repeat(160), '']) {
      const d = draft({ summary });
      expect(summaryTooLong(d, context(d))).toEqual([]);
    }
  });

  it('flags 161 characters', () => {
    const d = draft({ summary: 's'.repeat(161) });
    expect(summaryTooLong(d, context(d))).toEqual([
      { code: 'SUMMARY_TOO_LONG', message: 'summary has 161 characters; at most 160 expected' },
    ]);
  });

  it('uses the configured threshold', () => {
    const d = draft({ summary: 's'.repeat(50) });
    expect(summaryTooLong(d, context(d, { thresholds: { ...DEFAULT_THRESHOLDS, summaryMax: 49 } }))).toHaveLength(1);
    expect(summaryTooLong(d, context(d, { thresholds: { ...DEFAULT_THRESHOLDS, summaryMax: 50 } }))).toHaveLength(0);
  });
});
