// A draft and rule context for rule specs: defaults unless overridden.
import { countWords, DEFAULT_THRESHOLDS, type RuleContext } from '../../../../packages/core/src/domain/content';
import type { Draft } from '../../../../packages/core/src/ports';

export function draft(fields: Partial<Draft> = {}): Draft {
  return {
    title: 'Spring care for roses',
    summary: 'How to care for roses.',
    body_markdown: 'Body.',
    tags: [],
    meta_description: 'How to care for roses in spring: pruning, feeding and watering, step by step.',
    ...fields,
  };
}

export function context(d: Draft, fields: Partial<RuleContext> = {}): RuleContext {
  return {
    itemId: 'spring-care',
    keywords: [],
    otherTitles: new Map(),
    thresholds: DEFAULT_THRESHOLDS,
    words: countWords(d.body_markdown),
    ...fields,
  };
}

/** `n` plain words. */
export const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
