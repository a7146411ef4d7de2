import type { ItemStatus, Priority, QueueRow } from '../../model';

export type Approval = '' | 'pending' | 'approved' | 'rejected';

/** A queue row read as typed values; `row` keeps the text as the humans wrote it. */
export interface QueueItem {
  id: string;
  status: ItemStatus;
  priority: Priority;
  publishAt?: Date;
  nextAttemptAt?: Date;
  leaseUntil?: Date;
  attempts: number;
  keywords: string[];
  /** The row's `tags`, split like keywords ([] when empty: the draft's tags are used). */
  tags: string[];
  /** The row's `links`: product or collection handles to feature, split like keywords. */
  links: string[];
  approval: Approval;
  row: QueueRow;
}

/** A row a human must fix: it is reported and never changed. */
export interface RowProblem {
  row: number;
  id: string;
  field: string;
  value: string;
  expected: string;
  /** A stable code where the problem has one (DUPLICATE_ID). */
  code?: string;
  message: string;
}
