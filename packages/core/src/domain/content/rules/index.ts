import { bannedPhrase } from './banned';
import { bodyTooLong, bodyTooShort } from './body-length';
import { duplicateTitle } from './duplicate-title';
import { noHeadings } from './headings';
import { keywordMissing } from './keywords';
import { placeholder } from './placeholder';
import { summaryTooLong } from './summary';
import { titleMissing, titleTooLong } from './title';
import type { Rule } from './types';
import { unsafeHtml } from './unsafe-html';

export type { Rule, RuleContext } from './types';

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
];

export {
  bannedPhrase,
  bodyTooLong,
  bodyTooShort,
  duplicateTitle,
  keywordMissing,
  noHeadings,
  placeholder,
  summaryTooLong,
  titleMissing,
  titleTooLong,
  unsafeHtml,
};
