// What one run-log outcome says about the pipeline: the classification every
// rate reconcile decides on is built from (issue 9). A content block is the
// rails working — the gate stopped a draft, a reviewer rejected it, two rows
// share an id, the row's own input cannot be used (ROW_INPUT_CODES) — and
// needs a human for the content only. Everything else that
// did not pass is a system failure: failed and retried items, and items
// parked BLOCKED by a non-retried error that is not about the content (a
// model server refusing the request, a Shopify userError, an article owned
// by another item, …). Those rows stay BLOCKED in the queue (retrying would
// not help; a human has to look), but they count toward review_only and
// pause_and_review, not toward the block rate. Pure.
import type { RunLogRow } from '../../model';
import { RULE_CODES } from '../content/rules/codes';
import { DUPLICATE_ID } from '../queue/parse-row';

export type OutcomeClass = 'passed' | 'content_block' | 'system_failure' | 'skipped';

/**
 * Item codes that are about the row a human wrote, not about a service: the
 * content is missing or unreadable where the row points, the model declined
 * the topic, the blog already holds every variant of the handle, or a row
 * marked UPDATE names an article the store does not have (its article_id or
 * handle is wrong, or the article was deleted: the row's own input). Retrying
 * cannot help and nothing is broken: a person fixes the row, as for a gate
 * block, so they count with the content blocks, not as system failures.
 */
export const ROW_INPUT_CODES = [
  'NO_CONTENT',
  'CONTENT_NOT_FOUND',
  'CONTENT_PATH_OUTSIDE',
  'FRONT_MATTER_INVALID',
  'LLM_REFUSED',
  'SHOPIFY_TAKEN',
  'SITE_HANDLE_TAKEN',
  'UPDATE_NO_ARTICLE',
] as const;

/** The codes of a content block: the gate's rules, a reviewer's rejection, a duplicate id, a row's own input. */
export const CONTENT_BLOCK_CODES: ReadonlySet<string> = new Set<string>([
  ...RULE_CODES,
  'REJECTED',
  DUPLICATE_ID,
  ...ROW_INPUT_CODES,
]);

/** Gate verdicts that stop a draft: a blocked row without codes but with one of these was stopped by the gate. */
const GATE_STOPS: ReadonlySet<string> = new Set(['BLOCK', 'RETRY']);

/**
 * A blocked outcome is a content block when every code it carries is a
 * content code (and it carries one; a code-less row counts as one only when
 * its gate verdict stopped it). Any other code — an item error, a service's
 * failure — makes it a system failure, so one system code among rule codes
 * is enough.
 */
export function isContentBlock(row: Pick<RunLogRow, 'error_codes' | 'gate'>): boolean {
  const codes = row.error_codes.map((c) => c.trim()).filter(Boolean);
  if (codes.length === 0) return GATE_STOPS.has(row.gate);
  return codes.every((code) => CONTENT_BLOCK_CODES.has(code));
}

/** The class of one outcome; an outcome the model does not know (a hand edit) is a system failure. */
export function classifyOutcome(row: Pick<RunLogRow, 'outcome' | 'error_codes' | 'gate'>): OutcomeClass {
  switch (row.outcome) {
    case 'published':
    case 'scheduled':
    case 'drafted':
      return 'passed';
    case 'skipped':
      return 'skipped';
    case 'blocked':
      return isContentBlock(row) ? 'content_block' : 'system_failure';
    default:
      return 'system_failure';
  }
}
