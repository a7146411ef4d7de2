import type { Draft, Finding } from '../../ports';
import { type Corpus, RULES } from './rules';
import type { TitleLookup } from './rules/types';
import { countWords } from './text';
import { type ContentThresholds, DEFAULT_THRESHOLDS } from './thresholds';

export interface ValidationContext {
  itemId: string;
  keywords: string[];
  otherTitles: TitleLookup;
  /** Catalog products/collections matching the item (NO_INTERNAL_LINK); 0 or absent: not checked. */
  catalogMatches?: number;
  shopHosts?: readonly string[];
  /** Internal links looked up in the catalog: href → exists (BROKEN_LINK); absent: not checked. */
  linkChecks?: ReadonlyMap<string, boolean>;
  /** Other articles' texts (NEAR_DUPLICATE); absent: not checked. */
  corpus?: Corpus;
}

export function validate(
  draft: Draft,
  ctx: ValidationContext,
  thresholds: ContentThresholds = DEFAULT_THRESHOLDS,
): Finding[] {
  const ruleContext = { ...ctx, thresholds, words: countWords(draft.body_markdown) };
  return RULES.flatMap((rule) => rule(draft, ruleContext));
}
