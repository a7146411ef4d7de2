import type { Draft, Finding } from '../../../ports';
import type { ContentThresholds } from '../thresholds';
import type { ShingleIndex } from './shingle-index';

export interface RuleContext {
  itemId: string;
  keywords: string[];
  /** Normalised titles of other items' articles → their item id. */
  otherTitles: TitleLookup;
  thresholds: ContentThresholds;
  /** Words of the body, counted once for every rule. */
  words: number;
  /** Products and collections of the shop that match the item (NO_INTERNAL_LINK applies when > 0). */
  catalogMatches?: number;
  /** Host names of the shop (my-shop.myshopify.com, shop.example.com): a link to one is internal. */
  shopHosts?: readonly string[];
  /** Internal links of the body looked up in the shop's catalog: href → exists (BROKEN_LINK); absent: not checked. */
  linkChecks?: ReadonlyMap<string, boolean>;
  /** Other articles to compare the draft with (NEAR_DUPLICATE): the blog's and other queue rows'. */
  corpus?: Corpus;
}

/**
 * The entries to compare a draft with; `index`, when present, is their
 * shingle index kept by the caller across drafts (it may also hold the
 * item's own entries, which the rule leaves out by `itemId`). With an index
 * the list may be left empty: the rule reads only the index.
 */
export type Corpus = readonly CorpusEntry[] & { readonly index?: ShingleIndex };

/** Another article's text, and how to name it in a finding. */
export interface CorpusEntry {
  /** The queue item it belongs to, when known: a draft is never a duplicate of its own item's article. */
  itemId?: string;
  /** How a human finds it: `article "Title" (item x)`, `queue row 7 (id x)`. */
  label: string;
  /** Plain text or markdown of its body. */
  text: string;
}

/** Normalised title → the item id holding it (a Map is one; the executor passes a view of several). */
export interface TitleLookup {
  get(normalizedTitle: string): string | undefined;
}

export type Rule = (draft: Draft, ctx: RuleContext) => Finding[];
