// The bounded memo behind plainText, renderMarkdown and the reading level's
// syllable counts: the function's own answer, computed once while kept, and
// never more than `limit` answers kept (least recently used goes first).
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../packages/core/src/domain/content/memo';
import { plainText } from '../../../packages/core/src/domain/content/plain-text';
import { renderMarkdown } from '../../../packages/core/src/domain/content/render';
import { syllableCount } from '../../../packages/core/src/domain/content/rules/reading-level';

describe('boundedMemo', () => {
  it('computes a key once while it is kept, and forgets the least recently used past the limit', () => {
    const calls: string[] = [];
    const upper = boundedMemo((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect(upper('a')).toBe('A');
    expect(upper('b')).toBe('B');
    expect(upper('a')).toBe('A'); // a is now the most recent
    expect(upper('c')).toBe('C'); // b goes
    expect(upper('a')).toBe('A');
    expect(upper('b')).toBe('B');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('the memoized text functions', () => {
  it('count the syllables syllable counts', () => {
    const words = 'the quick brown fox jumped over the lazy dog steeping oolong leaves ceremonially fire'.split(' ');
    for (const word of [...words, ...words]) expect(syllableCount(word)).toBe(syllable(word));
  });

  it('give the same text however often they are asked, and a different text its own answer', () => {
    const a = '# Tea\n\nSome *green* tea & [a link](https://example.com).';
    const b = '# Coffee\n\nSome <script>x()</script>black coffee.';
    const first = [plainText(a), renderMarkdown(a), plainText(b), renderMarkdown(b)];
    expect([plainText(a), renderMarkdown(a), plainText(b), renderMarkdown(b)]).toEqual(first);
    expect(first[0]).toContain('green tea & a link');
    expect(first[2]).not.toContain('x()');
    expect(first[3]).not.toContain('script');
  });
});
