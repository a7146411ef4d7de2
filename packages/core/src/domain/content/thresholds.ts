export interface ContentThresholds {
  /** TITLE_TOO_LONG above this many characters. */
  titleMax: number;
  /** SUMMARY_TOO_LONG above this many characters. */
  summaryMax: number;
  /** BODY_TOO_SHORT below this many words. */
  bodyMinWords: number;
  /** BODY_TOO_LONG above this many words. */
  bodyMaxWords: number;
  /** NO_HEADINGS when the body is longer than this without a `##` heading. */
  headingsAfterWords: number;
  /** BANNED_PHRASE: case-insensitive. */
  bannedPhrases: string[];
  /** META_TITLE_TOO_LONG above this many characters (what search results show before cutting). */
  metaTitleMax: number;
  /** META_DESCRIPTION_LENGTH below this many characters… */
  metaDescriptionMin: number;
  /** …or above this many. */
  metaDescriptionMax: number;
  /** IMAGE_MISSING when an article has no featured image (`require-image`; off: only IMAGE_ALT_MISSING applies). */
  requireImage: boolean;
  /** READING_LEVEL below this Flesch reading ease (0–100; lower is harder)… */
  readingEaseMin: number;
  /** …or above it. */
  readingEaseMax: number;
  /** NEAR_DUPLICATE at or above this Jaccard similarity (0–1) of word 4-shingles with another article. */
  nearDuplicateThreshold: number;
}

export const DEFAULT_THRESHOLDS: ContentThresholds = {
  titleMax: 70,
  summaryMax: 160,
  bodyMinWords: 300,
  bodyMaxWords: 3000,
  headingsAfterWords: 600,
  bannedPhrases: ['as an AI language model', 'as an AI model', 'I cannot fulfill'],
  metaTitleMax: 60,
  metaDescriptionMin: 70,
  metaDescriptionMax: 160,
  requireImage: false,
  readingEaseMin: 30,
  readingEaseMax: 100,
  nearDuplicateThreshold: 0.6,
};
