import { describe, expect, it } from 'vitest';
import { slugify } from '../../../packages/core/src/domain/content';

describe('slugify', () => {
  it.each([
    ['Spring Care for Roses', 'spring-care-for-roses'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['Crème brûlée à la française', 'creme-brulee-a-la-francaise'],
    ['Straße & Æsir', 'strasse-and-aesir'],
    ['Łódź in 2026', 'lodz-in-2026'],
    ['ｆｕｌｌｗｉｄｔｈ １２３', 'fullwidth-123'],
    ['Rosen 日本 roses', 'rosen-roses'],
    ['日本語', ''],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it('keeps at most 80 characters, cutting at a word boundary', () => {
    const slug = slugify(`${'word '.repeat(30)}end`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(word-)*word$/);
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(80));
    expect(slugify('abc def', 5)).toBe('abc');
  });

  it('only ever yields lower-case ascii letters, digits and single inner hyphens', () => {
    for (const text of ['A—B', 'x__y', '¿Qué?', 'emoji 🌹 rose', 'tab\tnew\nline']) {
      expect(slugify(text)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
  });
});
