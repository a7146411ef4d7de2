import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, normalizeTitle, RULES, validate } from '../../../packages/core/src/domain/content';
import { draft, words } from './rules/context';

const ctx = { itemId: 'roses', keywords: ['roses'], otherTitles: new Map<string, string>() };

describe('validate', () => {
  it('finds nothing in a good draft', () => {
    // Plain sentences, so the reading level is in range too.
    const good = draft({
      body_markdown: `## Roses\n\nAbout roses. ${'Roses like sun and a drink of water each week. '.repeat(40)}`,
    });
    expect(validate(good, ctx)).toEqual([]);
  });

  it('runs every rule and lists findings in rule order', () => {
    const bad = draft({
      title: `${'Long '.repeat(20)}`,
      summary: 's'.repeat(200),
      body_markdown: 'TBD <script>x</script> as an AI language model',
    });
    const otherTitles = new Map([[normalizeTitle(bad.title), 'other']]);
    expect(validate(bad, { ...ctx, otherTitles }).map((f) => f.code)).toEqual([
      'TITLE_TOO_LONG',
      'SUMMARY_TOO_LONG',
      'BODY_TOO_SHORT',
      'KEYWORD_MISSING',
      'PLACEHOLDER',
      'BANNED_PHRASE',
      'UNSAFE_HTML',
      'DUPLICATE_TITLE',
      'META_TITLE_TOO_LONG',
    ]);
    expect(RULES).toHaveLength(19);
  });

  it('passes the thresholds to the rules', () => {
    const short = draft({ body_markdown: `roses ${words(49)}` });
    expect(validate(short, ctx).map((f) => f.code)).toEqual(['BODY_TOO_SHORT']);
    expect(validate(short, ctx, { ...DEFAULT_THRESHOLDS, bodyMinWords: 50 })).toEqual([]);
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_THRESHOLDS).toMatchObject({
      titleMax: 70,
      summaryMax: 160,
      bodyMinWords: 300,
      bodyMaxWords: 3000,
      headingsAfterWords: 600,
    });
    expect(DEFAULT_THRESHOLDS.bannedPhrases).toContain('as an AI language model');
  });
});
