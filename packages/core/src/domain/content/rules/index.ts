import { bannedPhrase } from './banned';
import { bodyTooLong, bodyTooShort } from './body-length';
import { brokenLink } from './broken-link';
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

export { catalogLinks, linkTarget } from './broken-link';
// RULE_CODES is in a file of its own so reconcile reads the list without loading the rules.
export { RULE_CODES } from './codes';
export { bodyLinks, isInternalLink } from './internal-link';
export { effectiveMetaDescription, effectiveMetaTitle } from './meta';
export { isEnglish, readingEase } from './reading-level';
export {
  buildShingleIndex,
  emptyShingleIndex,
  indexEntry,
  nearestEntry,
  type ShingleIndex,
  unindexEntry,
} from './shingle-index';
export type { Corpus, CorpusEntry, Rule, RuleContext } from './types';

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
  brokenLink,
  readingLevel,
  nearDuplicate,
];

export {
  bannedPhrase,
  bodyTooLong,
  bodyTooShort,
  brokenLink,
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
