import type { Draft, Finding } from '../../../ports';
import type { ContentThresholds } from '../thresholds';

export interface RuleContext {
  itemId: string;
  keywords: string[];
  /** Normalised titles of other items' articles → their item id. */
  otherTitles: ReadonlyMap<string, string>;
  thresholds: ContentThresholds;
  /** Words of the body, counted once for every rule. */
  words: number;
}

export type Rule = (draft: Draft, ctx: RuleContext) => Finding[];
