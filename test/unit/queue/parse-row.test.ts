import { describe, expect, it } from 'vitest';
import { findDuplicateIds, parseQueueRow } from '../../../packages/core/src/domain/queue';
import { queueRow } from './rows';

function problemsOf(fields: Parameters<typeof queueRow>[0]) {
  const parsed = parseQueueRow(queueRow(fields));
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
}

describe('parseQueueRow', () => {
  it('types a well-formed row and applies the defaults for empty cells', () => {
    const row = queueRow({ row: 3, id: ' spring-care ', keywords: 'roses, pruning; spring ,,' });
    const parsed = parseQueueRow(row);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.item).toMatchObject({
      id: 'spring-care',
      status: 'PENDING',
      priority: 'P2',
      attempts: 0,
      approval: '',
      keywords: ['roses', 'pruning', 'spring'],
      publishAt: undefined,
    });
    expect(parsed.item.row).toBe(row);
  });

  it('reads statuses, priorities and approvals case-insensitively', () => {
    const parsed = parseQueueRow(
      queueRow({ row: 1, status: 'awaiting_approval', priority: 'p0', approval: 'Approved', attempts: '2' }),
    );
    expect(parsed.ok && parsed.item).toMatchObject({
      status: 'AWAITING_APPROVAL',
      priority: 'P0',
      approval: 'approved',
      attempts: 2,
    });
  });

  it('accepts ISO 8601 with a zone, and "YYYY-MM-DD HH:MM" as UTC', () => {
    const parsed = parseQueueRow(
      queueRow({
        row: 1,
        publish_at: '2026-12-01 09:30',
        next_attempt_at: '2026-12-01T09:30:00+02:00',
        lease_until: '2026-12-01',
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.item.publishAt?.toISOString()).toBe('2026-12-01T09:30:00.000Z');
    expect(parsed.item.nextAttemptAt?.toISOString()).toBe('2026-12-01T07:30:00.000Z');
    expect(parsed.item.leaseUntil?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('names row, id, field, value and what was expected for a bad priority', () => {
    const [problem, ...rest] = problemsOf({ row: 4, id: 'spring-care', priority: 'P9' });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ row: 4, id: 'spring-care', field: 'priority', value: 'P9' });
    expect(problem?.message).toMatch(/^row 4 \(id "spring-care"\): priority "P9" is not valid; expected P0, P1 or P2/);
  });

  it.each([
    ['status', { status: 'DONE' }],
    ['publish_at', { publish_at: 'next tuesday' }],
    ['next_attempt_at', { next_attempt_at: '2026-13-45T99:00' }],
    ['lease_until', { lease_until: '22/11/2026' }],
    ['publish_at', { publish_at: '2026-02-30 10:00' }],
    ['attempts', { attempts: '-1' }],
    ['attempts', { attempts: 'two' }],
    ['approval', { approval: 'yes' }],
  ])('reports a bad %s', (field, fields) => {
    const problems = problemsOf({ row: 2, id: 'x', ...fields });
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0]?.message).toContain(`row 2 (id "x"): ${field} "`);
  });

  it('reports a missing id', () => {
    const problems = problemsOf({ row: 7, id: '  ' });
    expect(problems).toMatchObject([{ row: 7, field: 'id', value: '' }]);
    expect(problems[0]?.message).toBe('row 7: id is empty; expected a unique, stable id');
  });

  it('lists every problem of a row at once', () => {
    const problems = problemsOf({ row: 1, priority: 'high', status: 'later', approval: 'nope' });
    expect(problems.map((p) => p.field).sort()).toEqual(['approval', 'priority', 'status']);
  });
});

describe('findDuplicateIds', () => {
  it('reports every row of a duplicated id, the first too, naming the others', () => {
    const rows = [
      queueRow({ row: 1, id: 'a' }),
      queueRow({ row: 2, id: 'b' }),
      queueRow({ row: 3, id: 'a ' }),
      queueRow({ row: 4, id: 'a' }),
      queueRow({ row: 5, id: '' }),
      queueRow({ row: 6, id: '' }),
    ];
    const problems = findDuplicateIds(rows);
    expect(problems.map((p) => p.row)).toEqual([1, 3, 4]);
    expect(problems[0]).toMatchObject({ id: 'a', field: 'id', code: 'DUPLICATE_ID' });
    expect(problems[0]?.message).toContain('also used by row 3, 4');
    expect(problems[1]?.message).toContain('also used by row 1, 4');
  });

  it('finds nothing when ids are unique', () => {
    expect(findDuplicateIds([queueRow({ row: 1, id: 'a' }), queueRow({ row: 2, id: 'A' })])).toEqual([]);
  });
});
