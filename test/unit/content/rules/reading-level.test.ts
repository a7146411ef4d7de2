import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, gate, readingEase, readingLevel } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

const easy = 'The cat sat on the mat. It was a warm day. We had tea. '.repeat(20);
const hard =
  'Notwithstanding considerable organisational heterogeneity, institutional accountability mechanisms ' +
  'systematically underestimate multidimensional interdependencies characterising contemporary ' +
  'administrative infrastructures. '.repeat(10);

describe('READING_LEVEL', () => {
  it('scores plain text easier than dense text', () => {
    expect(readingEase(easy)).toBeGreaterThan(80);
    expect(readingEase(hard)).toBeLessThan(30);
  });

  it('finds text outside the range (RETRY), both ends', () => {
    const d = draft({ body_markdown: hard });
    const findings = readingLevel(d, context(d));
    expect(findings.map((f) => f.code)).toEqual(['READING_LEVEL']);
    expect(findings[0]?.message).toContain('too hard');
    expect(gate(findings).verdict).toBe('RETRY');
    const e = draft({ body_markdown: easy });
    expect(readingLevel(e, context(e))).toEqual([]);
    expect(readingLevel(e, context(e, { thresholds: { ...DEFAULT_THRESHOLDS, readingEaseMax: 70 } }))).toHaveLength(1);
  });

  it('does not measure an article in another language', () => {
    const d = draft({ body_markdown: hard, language: 'de' });
    expect(readingLevel(d, context(d))).toEqual([]);
  });
});
