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
