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
}

export const DEFAULT_THRESHOLDS: ContentThresholds = {
  titleMax: 70,
  summaryMax: 160,
  bodyMinWords: 300,
  bodyMaxWords: 3000,
  headingsAfterWords: 600,
  bannedPhrases: ['as an AI language model', 'as an AI model', 'I cannot fulfill'],
};
