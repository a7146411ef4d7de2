import { describe, expect, it } from 'vitest';
import { duplicateTitle, normalizeTitle } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

const others = new Map([[normalizeTitle('Spring Care for Roses'), 'old-roses']]);

describe('DUPLICATE_TITLE', () => {
  it('passes a new title', () => {
    const d = draft({ title: 'Autumn care for roses' });
    expect(duplicateTitle(d, context(d, { otherTitles: others }))).toEqual([]);
  });

  it('flags the same title in another case and spacing, naming the other item', () => {
    const d = draft({ title: '  spring CARE  for roses ' });
    expect(duplicateTitle(d, context(d, { otherTitles: others }))).toEqual([
      { code: 'DUPLICATE_TITLE', message: 'item "old-roses" already has an article titled "spring CARE  for roses"' },
    ]);
  });

  it('does not flag the item against its own article', () => {
    const d = draft({ title: 'Spring care for roses' });
    expect(duplicateTitle(d, context(d, { otherTitles: others, itemId: 'old-roses' }))).toEqual([]);
  });

  it('does not flag an empty title', () => {
    const d = draft({ title: '' });
    expect(duplicateTitle(d, context(d, { otherTitles: new Map([['', 'x']]) }))).toEqual([]);
  });
});
