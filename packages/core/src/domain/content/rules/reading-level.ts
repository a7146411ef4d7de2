// Reading ease within a range. Flesch reading ease (0–100, higher is easier)
// from the `flesch` formula and `syllable` counts (both wooorm's, kept up);
// only sentences and words are counted here. The formula is for English, so
// a draft in another language is not measured. RETRY: a rewrite can simplify.
import { flesch } from 'flesch';
import { syllable } from 'syllable';
import { plainText } from '../text';
import type { Rule } from './types';

// Syllables of a word, memoized: words repeat across articles, and counting
// them (syllable's rules and exceptions) was most of the measure's cost.
// Bounded by clearing when full: a hit costs one look-up (no recency kept).
const syllables = new Map<string, number>();
const SYLLABLES_KEPT = 50_000;

export function syllableCount(word: string): number {
  let count = syllables.get(word);
  if (count === undefined) {
    count = syllable(word);
    if (syllables.size >= SYLLABLES_KEPT) syllables.clear();
    syllables.set(word, count);
  }
  return count;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Flesch reading ease of markdown, 0–100; NaN for a text without words. Headings and list items count as sentences. */
export function readingEase(markdown: string): number {
  const sentences = plainText(markdown)
    .split(/[.!?]+(?=\s|$)|\n+/)
    .filter((sentence) => HAS_WORD.test(sentence));
  const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllableCount(word)), 0);
  const ease = flesch({ sentence: sentences.length, word: words.length, syllable: syllables });
  // The formula leaves 0–100 for very easy or very hard text; the settings use the documented scale.
  return Number.isNaN(ease) ? ease : Math.min(100, Math.max(0, ease));
}

export function isEnglish(language: string | undefined): boolean {
  return !language?.trim() || /^en(?:-|$)/i.test(language.trim());
}

export const readingLevel: Rule = (draft, ctx) => {
  if (!isEnglish(draft.language)) return [];
  const ease = readingEase(draft.body_markdown);
  if (Number.isNaN(ease)) return [];
  const { readingEaseMin: min, readingEaseMax: max } = ctx.thresholds;
  if (ease >= min && ease <= max) return [];
  const how = ease < min ? 'too hard to read: use shorter sentences and words' : 'too simple';
  return [
    {
      code: 'READING_LEVEL',
      message: `Flesch reading ease ${ease.toFixed(0)} is ${how}; ${min}–${max} expected`,
    },
  ];
};
