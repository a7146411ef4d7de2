import type { Draft, Finding } from '../../ports';
import { RULES } from './rules';
import { countWords } from './text';
import { type ContentThresholds, DEFAULT_THRESHOLDS } from './thresholds';

export interface ValidationContext {
  itemId: string;
  keywords: string[];
  otherTitles: ReadonlyMap<string, string>;
}

export function validate(
  draft: Draft,
  ctx: ValidationContext,
  thresholds: ContentThresholds = DEFAULT_THRESHOLDS,
): Finding[] {
  const ruleContext = { ...ctx, thresholds, words: countWords(draft.body_markdown) };
  return RULES.flatMap((rule) => rule(draft, ruleContext));
}
