import { describe, expect, it } from 'vitest';
import { newRowsFromTopics, splitRequest } from '../../../packages/core/src/domain/queue';
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
