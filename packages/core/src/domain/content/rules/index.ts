import { bannedPhrase } from './banned';
import { bodyTooLong, bodyTooShort } from './body-length';
import { duplicateTitle } from './duplicate-title';
import { noHeadings } from './headings';
import { imageAltMissing, imageMissing } from './image';
import { noInternalLink } from './internal-link';
import { keywordMissing } from './keywords';
import { metaDescriptionLength, metaTitleTooLong } from './meta';
import { nearDuplicate } from './near-duplicate';
import { placeholder } from './placeholder';
import { readingLevel } from './reading-level';
import { summaryTooLong } from './summary';
import { titleMissing, titleTooLong } from './title';
import type { Rule } from './types';
import { unsafeHtml } from './unsafe-html';

export { bodyLinks, isInternalLink } from './internal-link';
export { effectiveMetaDescription, effectiveMetaTitle } from './meta';
export { isEnglish, readingEase } from './reading-level';
export type { CorpusEntry, Rule, RuleContext } from './types';

/** Every code a rule can find (RUNBOOK.md "Gate rule codes" explains each; a test keeps the two in step). */
export const RULE_CODES = [
  'TITLE_MISSING',
  'TITLE_TOO_LONG',
  'SUMMARY_TOO_LONG',
  'BODY_TOO_SHORT',
  'BODY_TOO_LONG',
  'KEYWORD_MISSING',
  'NO_HEADINGS',
  'PLACEHOLDER',
  'BANNED_PHRASE',
  'UNSAFE_HTML',
  'DUPLICATE_TITLE',
  'META_TITLE_TOO_LONG',
  'META_DESCRIPTION_LENGTH',
  'IMAGE_MISSING',
  'IMAGE_ALT_MISSING',
  'NO_INTERNAL_LINK',
  'READING_LEVEL',
  'NEAR_DUPLICATE',
] as const;

/** Every rule, in the order findings are listed. */
export const RULES: readonly Rule[] = [
  titleMissing,
  titleTooLong,
  summaryTooLong,
  bodyTooShort,
  bodyTooLong,
  keywordMissing,
  noHeadings,
  placeholder,
  bannedPhrase,
  unsafeHtml,
  duplicateTitle,
  metaTitleTooLong,
  metaDescriptionLength,
  imageMissing,
  imageAltMissing,
  noInternalLink,
  readingLevel,
  nearDuplicate,
];

export {
  bannedPhrase,
  bodyTooLong,
  bodyTooShort,
  duplicateTitle,
  imageAltMissing,
  imageMissing,
  keywordMissing,
  metaDescriptionLength,
  metaTitleTooLong,
  nearDuplicate,
  noHeadings,
  noInternalLink,
  placeholder,
  readingLevel,
  summaryTooLong,
  titleMissing,
  titleTooLong,
  unsafeHtml,
};
