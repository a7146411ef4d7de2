import { describe, expect, it } from 'vitest';
import {
  eligibleItems,
  isEligible,
  parseQueueRow,
  type QueueItem,
  rejectedItems,
} from '../../../packages/core/src/domain/queue';
import type { Mode } from '../../../packages/core/src/model';
import { HOUR_AGO, IN_AN_HOUR, NOW, queueRow } from './rows';

function item(fields: Parameters<typeof queueRow>[0]): QueueItem {
  const parsed = parseQueueRow(queueRow(fields));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.item;
}

const open = { requireApproval: false };
const strict = { requireApproval: true };

describe('isEligible', () => {
  // [description, row fields, review, publish, publish with require-approval]
  const table: Array<[string, Partial<Parameters<typeof queueRow>[0]>, boolean, boolean, boolean]> = [
    ['empty status (PENDING)', {}, true, true, true],
    ['PENDING, next attempt passed', { next_attempt_at: HOUR_AGO }, true, true, true],
    ['PENDING, next attempt exactly now', { next_attempt_at: NOW.toISOString() }, true, true, true],
    ['PENDING, next attempt in the future', { next_attempt_at: IN_AN_HOUR }, false, false, false],
    ['PENDING, publish_at in the future', { publish_at: IN_AN_HOUR }, true, false, false],
    ['PENDING, publish_at passed', { publish_at: HOUR_AGO }, true, true, true],
    ['PENDING, rejected', { approval: 'rejected' }, false, false, false],
    ['APPROVED', { status: 'APPROVED', approval: 'approved' }, false, true, true],
    // Taken early: publishing schedules it in the store for publish_at (SCHEDULED).
    ['APPROVED, publish_at in the future', { status: 'APPROVED', publish_at: IN_AN_HOUR }, false, true, true],
    [
      'AWAITING_APPROVAL approved, publish_at in the future',
      { status: 'AWAITING_APPROVAL', approval: 'approved', publish_at: IN_AN_HOUR },
      false,
      true,
      true,
    ],
    // Nobody approved it: without require-approval it still waits for publish_at.
    [
      'AWAITING_APPROVAL pending, publish_at in the future',
      { status: 'AWAITING_APPROVAL', approval: 'pending', publish_at: IN_AN_HOUR },
      false,
      false,
      false,
    ],
    ['SCHEDULED, publish_at in the future', { status: 'SCHEDULED', publish_at: IN_AN_HOUR }, false, false, false],
    [
      'SCHEDULED, publish_at passed (check it is live)',
      { status: 'SCHEDULED', publish_at: HOUR_AGO },
      false,
      true,
      true,
    ],
    [
      'SCHEDULED, retry later',
      { status: 'SCHEDULED', publish_at: HOUR_AGO, next_attempt_at: IN_AN_HOUR },
      false,
      false,
      false,
    ],
    ['APPROVED, retry later', { status: 'APPROVED', next_attempt_at: IN_AN_HOUR }, false, false, false],
    ['AWAITING_APPROVAL, pending', { status: 'AWAITING_APPROVAL', approval: 'pending' }, false, true, false],
    ['AWAITING_APPROVAL, approved', { status: 'AWAITING_APPROVAL', approval: 'approved' }, false, true, true],
    ['AWAITING_APPROVAL, rejected', { status: 'AWAITING_APPROVAL', approval: 'rejected' }, false, false, false],
    ['IN_PROGRESS', { status: 'IN_PROGRESS', lease_until: IN_AN_HOUR }, false, false, false],
    ['PUBLISHED', { status: 'PUBLISHED' }, false, false, false],
    ['FAILED', { status: 'FAILED' }, false, false, false],
    ['BLOCKED', { status: 'BLOCKED' }, false, false, false],
    ['SKIPPED', { status: 'SKIPPED' }, false, false, false],
  ];

  it.each(table)('%s', (_name, fields, review, publish, publishStrict) => {
    const it = item({ row: 1, ...fields });
    expect(isEligible(it, 'review', NOW, open)).toBe(review);
    expect(isEligible(it, 'review', NOW, strict)).toBe(review);
    expect(isEligible(it, 'publish', NOW, open)).toBe(publish);
    expect(isEligible(it, 'publish', NOW, strict)).toBe(publishStrict);
  });
});

describe('eligibleItems', () => {
  const ids = (items: QueueItem[]) => items.map((i) => i.id);

  it('orders by priority, then publish_at (none first), then row order', () => {
    const items = [
      item({ row: 1, id: 'p2-none' }),
      item({ row: 2, id: 'p1-late', priority: 'P1', publish_at: '2026-11-22T09:30:00Z' }),
      item({ row: 3, id: 'p0-late', priority: 'P0', publish_at: '2026-11-22T09:00:00Z' }),
      item({ row: 4, id: 'p1-early', priority: 'P1', publish_at: '2026-11-20T09:00:00Z' }),
      item({ row: 5, id: 'p0-none', priority: 'P0' }),
      item({ row: 6, id: 'p1-none', priority: 'P1' }),
      item({ row: 7, id: 'p2-none-b' }),
      item({ row: 8, id: 'p0-early', priority: 'P0', publish_at: '2026-11-01T09:00:00Z' }),
    ];
    expect(ids(eligibleItems(items, 'publish', NOW, open))).toEqual([
      'p0-none',
      'p0-early',
      'p0-late',
      'p1-none',
      'p1-early',
      'p1-late',
      'p2-none',
      'p2-none-b',
    ]);
  });

  it('does not depend on the input order', () => {
    const items = [item({ row: 2, id: 'b' }), item({ row: 1, id: 'a' }), item({ row: 3, id: 'c', priority: 'P0' })];
    expect(ids(eligibleItems(items, 'review', NOW, open))).toEqual(['c', 'a', 'b']);
    expect(ids(eligibleItems([...items].reverse(), 'review', NOW, open))).toEqual(['c', 'a', 'b']);
  });

  it.each<[Mode, string[]]>([
    ['review', ['pending', 'future']],
    ['publish', ['pending', 'approved', 'awaiting']],
  ])('filters per mode (%s)', (mode, expected) => {
    const items = [
      item({ row: 1, id: 'pending' }),
      item({ row: 2, id: 'approved', status: 'APPROVED' }),
      item({ row: 3, id: 'awaiting', status: 'AWAITING_APPROVAL', approval: 'pending' }),
      item({ row: 4, id: 'future', publish_at: IN_AN_HOUR }),
      item({ row: 5, id: 'done', status: 'PUBLISHED' }),
    ];
    expect(ids(eligibleItems(items, mode, NOW, open))).toEqual(expected);
  });
});

describe('rejectedItems', () => {
  it('lists rejected rows not yet parked', () => {
    const items = [
      item({ row: 1, id: 'pending', approval: 'rejected' }),
      item({ row: 2, id: 'awaiting', status: 'AWAITING_APPROVAL', approval: 'rejected' }),
      item({ row: 3, id: 'approved-then-rejected', status: 'APPROVED', approval: 'rejected' }),
      item({ row: 4, id: 'blocked', status: 'BLOCKED', approval: 'rejected' }),
      item({ row: 5, id: 'published', status: 'PUBLISHED', approval: 'rejected' }),
      item({ row: 6, id: 'fine', status: 'AWAITING_APPROVAL', approval: 'pending' }),
    ];
    expect(rejectedItems(items).map((i) => i.id)).toEqual(['pending', 'awaiting', 'approved-then-rejected']);
  });
});
