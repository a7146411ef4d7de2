import { describe, expect, it } from 'vitest';
import { gate, metaDescriptionLength, metaTitleTooLong } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

describe('META_TITLE_TOO_LONG', () => {
  it('passes 60 characters and finds 61 (RETRY: the fix pass shortens it)', () => {
    const ok = draft({ meta_title: 'x'.repeat(60) });
    expect(metaTitleTooLong(ok, context(ok))).toEqual([]);
    const long = draft({ meta_title: 'x'.repeat(61) });
    const findings = metaTitleTooLong(long, context(long));
    expect(findings.map((f) => f.code)).toEqual(['META_TITLE_TOO_LONG']);
    expect(findings[0]?.message).toContain('61 characters');
    expect(gate(findings).verdict).toBe('RETRY');
  });

  it('measures the title when there is no meta title', () => {
    const d = draft({ title: 'T'.repeat(65) });
    expect(metaTitleTooLong(d, context(d)).map((f) => f.code)).toEqual(['META_TITLE_TOO_LONG']);
  });
});

describe('META_DESCRIPTION_LENGTH', () => {
  it('wants 70–160 characters', () => {
    for (const [length, found] of [
      [69, true],
      [70, false],
      [160, false],
      [161, true],
    ] as const) {
      const d = draft({ meta_description: 'd'.repeat(length) });
      expect(metaDescriptionLength(d, context(d)).length > 0, `${length}`).toBe(found);
    }
  });

  it('falls back to the summary, and says so when both are empty', () => {
    const d = draft({ meta_description: undefined, summary: '' });
    const findings = metaDescriptionLength(d, context(d));
    expect(findings[0]).toMatchObject({ code: 'META_DESCRIPTION_LENGTH' });
    expect(findings[0]?.message).toContain('is empty');
    expect(gate(findings).verdict).toBe('RETRY');
  });
});
