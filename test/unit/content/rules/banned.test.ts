import { describe, expect, it } from 'vitest';
import { bannedPhrase, DEFAULT_THRESHOLDS } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

describe('BANNED_PHRASE', () => {
  it('passes clean text', () => {
    const d = draft({ body_markdown: 'An article about AI and language models in gardening.' });
    expect(bannedPhrase(d, context(d))).toEqual([]);
  });

  it.each([
    'As an AI language model, I love roses.',
    'as an ai model i think',
    'Sorry, I CANNOT FULFILL that request.',
    'As an AI\nlanguage   model we see',
  ])('flags %j by default, case- and space-insensitively', (body) => {
    const d = draft({ body_markdown: body });
    expect(bannedPhrase(d, context(d)).map((f) => f.code)).toEqual(['BANNED_PHRASE']);
  });

  it('names the phrase and checks the title and summary', () => {
    const d = draft({ summary: 'I cannot fulfill this' });
    expect(bannedPhrase(d, context(d))).toEqual([
      { code: 'BANNED_PHRASE', message: 'banned phrase "I cannot fulfill" found' },
    ]);
  });

  it('uses the configured list (and ignores blank entries)', () => {
    const d = draft({ body_markdown: 'The best roses, guaranteed. As an AI language model…' });
    const thresholds = { ...DEFAULT_THRESHOLDS, bannedPhrases: ['Guaranteed', ' '] };
    expect(bannedPhrase(d, context(d, { thresholds }))).toEqual([
      { code: 'BANNED_PHRASE', message: 'banned phrase "Guaranteed" found' },
    ]);
  });
});
