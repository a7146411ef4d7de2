// The codes an item's outcome can carry besides the gate's rule codes: what
// an operator meets in the run log's `error_codes`, in a retried or FAILED
// row's `last_error` (`CODE: message`) and in a BLOCKED row's `notes`
// (`[CODE] …`). RUNBOOK.md "Item error codes" has an entry for each, and a
// test reads the sources so a code thrown or set anywhere is in this list.

/** Every fixed item code (RUNBOOK.md "Item error codes"). */
export const ITEM_ERROR_CODES = [
  // The model server (adapters/llm)
  'LLM_TIMEOUT', // no answer within request-timeout
  'LLM_UNAVAILABLE', // network errors, 429 or 5xx on every attempt of one request
  'LLM_BAD_RESPONSE', // the server's answer is not JSON or has no choices[0].message
  'LLM_BAD_OUTPUT', // the model's text holds no JSON object, or not a valid draft
  'LLM_REFUSED', // the model refused to write it
  'LLM_REQUEST_REJECTED', // a 4xx other than 401/403/404/429: the request itself was refused
  // The content (executor, content reader, front matter)
  'NO_CONTENT', // no content, no content_path and no generator
  'CONTENT_NOT_FOUND', // content_path names no file
  'CONTENT_PATH_OUTSIDE', // content_path leaves the allowed folders
  'FRONT_MATTER_INVALID', // the content's front matter is not valid YAML
  // The local site (adapters/local)
  'SITE_INVALID', // the article input has no item id
  'SITE_BLANK', // the article's title is empty
  'SITE_NOT_FOUND', // the article id is not in the site store
  'SITE_NOT_OWNED', // the article id belongs to another item
  'SITE_HANDLE_TAKEN', // the handle and its variants are all taken
  // Shopify (adapters/shopify); other userError codes are the SHOPIFY_ family below
  'SHOPIFY_HANDLE_NOT_SEARCHABLE', // the handle is taken but its article is not searchable yet
  'SHOPIFY_TAKEN', // the handle and its variants are all taken
  'SHOPIFY_NOT_FOUND', // the article (or blog) to write is gone
  'SHOPIFY_INVALID', // Shopify refused the article with a userError without a code
  // A service that failed while the item was worked on (a ServiceError reaching the item; serviceItemCode)
  'SHOPIFY_UNAVAILABLE', // 5xx, 429 or THROTTLED after retries, no answer, a lost articleCreate twice, the token exchange
  'SHEETS_UNAVAILABLE', // Google Sheets failed after retries
  'GITHUB_UNAVAILABLE', // the GitHub API failed after retries
  // The executor
  'UNEXPECTED', // any other error (a bug, a local file that could not be read or written)
  'TIME_BUDGET', // the run's time budget ended while the item was in flight: released
  'QUEUE_WRITE_FAILED', // the item's outcome could not be written to its queue row
  'UPDATE_NO_ARTICLE', // a row marked UPDATE whose article the store no longer has (or cannot read)
  'REJECTED', // a reviewer set approval=rejected (RUNBOOK lists it with the gate rule codes)
] as const;

/** Codes built at run time: a fixed prefix and what follows it, named in the RUNBOOK by `entry`. */
export const ITEM_ERROR_CODE_FAMILIES = [
  { prefix: 'SHOPIFY_', entry: 'SHOPIFY_<userError code>' }, // articleCreate/articleUpdate userErrors[0].code
] as const;

type ItemCodeFamily = `${(typeof ITEM_ERROR_CODE_FAMILIES)[number]['prefix']}${string}`;
export type ItemErrorCode = (typeof ITEM_ERROR_CODES)[number] | ItemCodeFamily;

/** The codes retried with backoff (a transient ItemError, a service's failure, any unexpected error); the rest park the row BLOCKED. */
export const RETRIED_ITEM_CODES: readonly ItemErrorCode[] = [
  'LLM_TIMEOUT',
  'LLM_UNAVAILABLE',
  'LLM_BAD_RESPONSE',
  'LLM_BAD_OUTPUT',
  'SHOPIFY_HANDLE_NOT_SEARCHABLE',
  'SHOPIFY_UNAVAILABLE',
  'SHEETS_UNAVAILABLE',
  'GITHUB_UNAVAILABLE',
  'UNEXPECTED',
];

/**
 * A ServiceError's `service` (the name its adapter gives it) → the item code
 * it is recorded under when it ends an item's attempt. The model server's
 * adapter throws its own LLM_* ItemErrors; a service not named here (the
 * local state lock) is UNEXPECTED.
 */
const SERVICE_ITEM_CODES: Readonly<Record<string, ItemErrorCode>> = {
  shopify: 'SHOPIFY_UNAVAILABLE',
  'google sheets': 'SHEETS_UNAVAILABLE',
  github: 'GITHUB_UNAVAILABLE',
};

/** The item code of a ServiceError from `service` (retried, like every code it gives). */
export function serviceItemCode(service: string): ItemErrorCode {
  return SERVICE_ITEM_CODES[service.trim().toLowerCase()] ?? 'UNEXPECTED';
}
