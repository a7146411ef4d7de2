// Builders for queue rows in tests: every column '' unless given.
import { QUEUE_COLUMNS, type QueueColumn, type QueueRow } from '../../../packages/core/src/model';

export function queueRow(fields: Partial<QueueRow> & { row: number }): QueueRow {
  const empty = Object.fromEntries(QUEUE_COLUMNS.map((c) => [c, ''])) as Record<QueueColumn, string>;
  return { ...empty, id: `item-${fields.row}`, extra: {}, ...fields };
}

export const NOW = new Date('2026-11-22T10:00:00.000Z');
export const HOUR_AGO = '2026-11-22T09:00:00Z';
export const IN_AN_HOUR = '2026-11-22T11:00:00Z';
