import { describe, expect, it } from 'vitest';
import { newRowsFromTopics, rowsToAdd, splitRequest } from '../../../packages/core/src/domain/queue';
import { NOW } from './rows';

describe('splitRequest', () => {
  it('splits on commas, semicolons and newlines, trimming and dropping empties', () => {
    expect(splitRequest('Rose care, pruning tips;  winter   mulch \n\n, ;Tool guide')).toEqual([
      'Rose care',
      'pruning tips',
      'winter mulch',
      'Tool guide',
    ]);
  });

  it('drops repeats case-insensitively, keeping the first spelling', () => {
    expect(splitRequest('Rose care; rose CARE, Rose  care\nroses')).toEqual(['Rose care', 'roses']);
  });

  it('returns nothing for blank input', () => {
    expect(splitRequest(' ,;\n ')).toEqual([]);
  });
});

describe('newRowsFromTopics', () => {
  it('makes PENDING rows with slug ids unique against the queue and each other', () => {
    const rows = newRowsFromTopics(['Rose Care', 'rose care!', 'Tool guide', '日本'], ['rose-care', 'item'], NOW);
    expect(rows).toEqual([
      { id: 'rose-care-2', title: 'Rose Care', status: 'PENDING', updated_at: NOW.toISOString() },
      { id: 'rose-care-3', title: 'rose care!', status: 'PENDING', updated_at: NOW.toISOString() },
      { id: 'tool-guide', title: 'Tool guide', status: 'PENDING', updated_at: NOW.toISOString() },
      { id: 'item-2', title: '日本', status: 'PENDING', updated_at: NOW.toISOString() },
    ]);
  });
});

describe('rowsToAdd', () => {
  const existing = ['rose-care'];
  it('slugs ids from topics and carries the fields, priority upper-cased', () => {
    const planned = rowsToAdd(
      ['Tool guide'],
      { priority: 'p0', keywords: 'a;b', publish_at: '2026-12-01 09:00' },
      existing,
      NOW,
    );
    expect(planned).toMatchObject({
      ok: true,
      rows: [{ id: 'tool-guide', priority: 'P0', keywords: 'a;b', status: 'PENDING' }],
    });
  });

  it('keeps an explicit id for a single topic', () => {
    const planned = rowsToAdd(['Rose care'], { id: 'rose-care-winter' }, existing, NOW);
    expect(planned.ok && planned.rows[0]?.id).toBe('rose-care-winter');
  });

  it.each([
    [['A', 'B'], { id: 'x' }, /names one row, but the request has 2 topics/],
    [['A'], { id: 'rose-care' }, /already in the queue/],
    [['A'], { id: 'has space' }, /without spaces/],
    [['A'], { priority: 'high' }, /--priority "high" is not valid; expected P0, P1 or P2/],
    [['A'], { publish_at: '2026-02-30' }, /--publish-at "2026-02-30" is not valid/],
    [['A'], { content: '# x', content_path: 'x.md' }, /not both/],
    [[], {}, /needs --title/],
  ] as const)('refuses %j with %j', (topics, fields, message) => {
    const planned = rowsToAdd(topics, fields, existing, NOW);
    expect(planned.ok).toBe(false);
    expect(planned.ok ? '' : planned.message).toMatch(message);
  });
});
