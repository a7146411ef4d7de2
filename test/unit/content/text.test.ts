import { describe, expect, it } from 'vitest';
import { containsPhrase, countWords, normalizeTitle, plainText } from '../../../packages/core/src/domain/content';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one two three', 3],
    ['## Heading here\n\nA **bold** _move_.', 5],
    ['[link text](https://example.com/a/long/url/with/many/parts)', 2],
    ["don't well-known rose’s", 3],
    ['- a\n- b\n\n1. c', 3],
    ['<script>var a = 1;</script> visible', 1],
    ['![alt words](https://x.example/i.png) after', 1],
    ['Grüße aus Köln 2026', 4],
  ])('%j → %i', (markdown, expected) => {
    expect(countWords(markdown)).toBe(expected);
  });
});

describe('plainText', () => {
  it('drops markup and decodes entities', () => {
    expect(plainText('**Tom & Jerry** <b>x</b>').trim()).toBe('Tom & Jerry x');
  });
});

describe('normalizeTitle', () => {
  it('ignores case and spacing', () => {
    expect(normalizeTitle('  Spring   CARE\tfor Roses ')).toBe(normalizeTitle('spring care for roses'));
  });
});

describe('containsPhrase', () => {
  it.each([
    ['Rose care in spring', 'rose care', true],
    ['ROSE\n  care', 'rose care', true],
    ['roses care', 'rose care', false],
    ['primrose care', 'rose care', false],
    ['c++ tips', 'c++', true],
    ['anything', '  ', true],
  ])('%j contains %j → %s', (text, phrase, expected) => {
    expect(containsPhrase(text, phrase)).toBe(expected);
  });
});
