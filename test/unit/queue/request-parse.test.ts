// `queue add --request` in plain words: the spec of parseRequest. Dates are
// resolved against a fixed `now` (a Wednesday), in UTC.
import { describe, expect, it } from 'vitest';
import { rowsToAdd } from '../../../packages/core/src/domain/queue';
import { dateOf, parseRequest, priorityOf } from '../../../packages/core/src/domain/queue/request-parse';

const NOW = new Date('2026-12-02T14:00:00Z'); // Wednesday 2 December 2026

describe('parseRequest', () => {
  it('reads the issue’s example as one row, P1, publishing the Friday of next week', () => {
    expect(parseRequest('Earl Grey history, high priority, publish next Friday', NOW)).toEqual([
      { title: 'Earl Grey history', priority: 'P1', publish_at: '2026-12-11' },
    ]);
  });

  it('still splits a plain line of topics into one row each, as before', () => {
    expect(parseRequest('Rose care, pruning tips;  winter   mulch \n\n, ;Tool guide', NOW)).toEqual([
      { title: 'Rose care' },
      { title: 'pruning tips' },
      { title: 'winter mulch' },
      { title: 'Tool guide' },
    ]);
    expect(parseRequest('Rose care; rose CARE, Rose  care\nroses', NOW)).toEqual([
      { title: 'Rose care' },
      { title: 'roses' },
    ]);
    expect(parseRequest(' ,;\n ', NOW)).toEqual([]);
  });

  it.each([
    ['urgent', 'P0'],
    ['ASAP', 'P0'],
    ['as soon as possible', 'P0'],
    ['top priority', 'P0'],
    ['high priority', 'P1'],
    ['High-Priority', 'P1'],
    ['priority: high', 'P1'],
    ['important', 'P1'],
    ['low priority', 'P2'],
    ['no rush', 'P2'],
    ['p1', 'P1'],
  ])('%j is priority %s', (words, priority) => {
    expect(priorityOf(words)).toBe(priority);
    expect(parseRequest(`Chai at home, ${words}`, NOW)).toEqual([{ title: 'Chai at home', priority }]);
  });

  it.each([
    ['next Friday', '2026-12-11'],
    ['publish next Friday', '2026-12-11'],
    ['2027-01-10', '2027-01-10'],
    ['publish on 2027-01-10', '2027-01-10'],
    ['in two weeks', '2026-12-16'],
    ['in 3 days', '2026-12-05'],
    ['Jan 10', '2027-01-10'],
    ['tomorrow', '2026-12-03'],
    ['tomorrow at 9am', '2026-12-03T09:00:00Z'],
    ['go live on 10 January 2027 at 08:30', '2027-01-10T08:30:00Z'],
    ['not before Monday', '2026-12-07'],
  ])('%j is publish_at %s', (words, date) => {
    expect(dateOf(words, NOW)).toBe(date);
    expect(parseRequest(`Chai at home, ${words}`, NOW)).toEqual([{ title: 'Chai at home', publish_at: date }]);
  });

  it('keeps dates and priority words that are part of a title', () => {
    expect(
      parseRequest('Green tea in 5 minutes; Sunday brunch teas; The 1990s tea boom; Urgent care kit', NOW),
    ).toEqual([
      { title: 'Green tea in 5 minutes' },
      { title: 'Sunday brunch teas' },
      { title: 'The 1990s tea boom' },
      { title: 'Urgent care kit' },
    ]);
  });

  it('takes a priority in parentheses and a date after "publish" / "due" inside a title', () => {
    expect(parseRequest('Sunday brunch teas (urgent) publish on 2027-01-10', NOW)).toEqual([
      { title: 'Sunday brunch teas', priority: 'P0', publish_at: '2027-01-10' },
    ]);
    expect(parseRequest('Tea for May Day due next Monday', NOW)).toEqual([
      { title: 'Tea for May Day', publish_at: '2026-12-07' },
    ]);
  });

  it('reads a brief after a colon, up to the next semicolon, commas included', () => {
    expect(parseRequest('Matcha guide: whisking without lumps, the right bowl, urgent; Oolong basics', NOW)).toEqual([
      { title: 'Matcha guide', brief: 'whisking without lumps, the right bowl', priority: 'P0' },
      { title: 'Oolong basics' },
    ]);
  });

  it('reads "keywords: a; b" to the end of its line, for the topic before it', () => {
    expect(
      parseRequest('Oolong basics, urgent, keywords: oolong; roast, Taiwan\nChai at home, keywords: chai', NOW),
    ).toEqual([
      { title: 'Oolong basics', priority: 'P0', keywords: 'oolong;roast;Taiwan' },
      { title: 'Chai at home', keywords: 'chai' },
    ]);
  });

  it('gives words before any topic to the next topic, and a leading "urgent:" is not a title', () => {
    expect(parseRequest('urgent, next Friday, Earl Grey history', NOW)).toEqual([
      { title: 'Earl Grey history', priority: 'P0', publish_at: '2026-12-11' },
    ]);
    expect(parseRequest('urgent: Earl Grey history', NOW)).toEqual([{ title: 'Earl Grey history', priority: 'P0' }]);
  });

  it('modifiers belong to the topic before them only', () => {
    expect(parseRequest('Green tea, Oolong, low priority, Chai, in two weeks', NOW)).toEqual([
      { title: 'Green tea' },
      { title: 'Oolong', priority: 'P2' },
      { title: 'Chai', publish_at: '2026-12-16' },
    ]);
  });

  it('resolves relative dates against now, not the clock', () => {
    const later = new Date('2027-03-01T10:00:00Z'); // a Monday
    expect(parseRequest('Chai, in two weeks', later)).toEqual([{ title: 'Chai', publish_at: '2027-03-15' }]);
  });
});

describe('rowsToAdd with parsed topics', () => {
  it('uses what the words said, the flags for what they did not', () => {
    const planned = rowsToAdd(
      parseRequest('Earl Grey history, high priority, publish next Friday; Chai at home', NOW),
      { priority: 'P2', brief: 'for the winter newsletter' },
      [],
      NOW,
    );
    expect(planned.ok && planned.rows).toMatchObject([
      { id: 'earl-grey-history', title: 'Earl Grey history', priority: 'P1', publish_at: '2026-12-11' },
      { id: 'chai-at-home', title: 'Chai at home', priority: 'P2', brief: 'for the winter newsletter' },
    ]);
  });
});
