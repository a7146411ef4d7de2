// Error kinds that decide what a host does: a user's mistake gets a clear
// message and exit code 2 (never a stack trace); an item error is recorded
// on its row; anything else is unexpected (retried with backoff for items).
import type { ItemErrorCode } from './item-codes';

export { ITEM_ERROR_CODE_FAMILIES, ITEM_ERROR_CODES, type ItemErrorCode, RETRIED_ITEM_CODES } from './item-codes';

/** Bad configuration, flags, inputs or files: the message names what and where. Exit code 2. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** A failure of one item, with a stable code (item-codes.ts, RUNBOOK.md). `transient` ones are retried with backoff. */
export class ItemError extends Error {
  override readonly name = 'ItemError';
  constructor(
    readonly code: ItemErrorCode,
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/** A remote service answered in a way we could not use (status, body). */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly service: string,
    message: string,
    readonly status?: number,
    readonly retryable = false,
  ) {
    super(`${service}: ${message}`);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
