import { describe, expect, it } from 'vitest';
import {
  cellText,
  toAwaitingApproval,
  toBlocked,
  toFailed,
  toPublished,
  toRetry,
  toScheduled,
} from '../../../packages/core/src/domain/queue';
import type { ArticleRef } from '../../../packages/core/src/ports';
import { NOW, queueRow } from './rows';

const claimed = queueRow({
  row: 4,
  id: 'spring-care',
  status: 'IN_PROGRESS',
  lease_owner: 'runner-7',
  lease_until: '2026-11-22T10:15:00.000Z',
  attempts: '2',
  next_attempt_at: '2026-11-22T09:00:00Z',
  last_error: 'TIMEOUT: earlier',
  notes: 'from the editor',
  extra: { campaign: 'spring' },
});
const article: ArticleRef = {
  id: 'gid://shopify/Article/1',
  item_id: 'spring-care',
  handle: 'spring-care',
  title: 'Spring care',
  url: 'https://shop.example/blogs/news/spring-care',
  status: 'draft',
};
const stamp = { now: NOW, runId: 'run-99' };
const cleared = { lease_owner: '', lease_until: '', updated_at: NOW.toISOString(), run_id: 'run-99' };

describe('transitions', () => {
  it('toAwaitingApproval keeps the article, marks approval pending and resets retries', () => {
    expect(toAwaitingApproval(claimed, { ...stamp, article })).toEqual({
      ...claimed,
      ...cleared,
      status: 'AWAITING_APPROVAL',
      approval: 'pending',
      article_id: article.id,
      article_url: article.url,
      handle: 'spring-care',
      attempts: '0',
      next_attempt_at: '',
      last_error: '',
    });
  });

  it('toAwaitingApproval keeps an approval given in advance', () => {
    const row = toAwaitingApproval({ ...claimed, approval: 'Approved' }, { ...stamp, article });
    expect(row.approval).toBe('Approved');
  });

  it('toPublished records the live article', () => {
    const row = toPublished(claimed, { ...stamp, article: { ...article, status: 'published' } });
    expect(row).toMatchObject({ ...cleared, status: 'PUBLISHED', article_id: article.id, article_url: article.url });
    expect(row.notes).toBe('from the editor');
    expect(row.extra).toEqual({ campaign: 'spring' });
  });

  it('toScheduled records the scheduled article and clears the retry bookkeeping', () => {
    const row = toScheduled(claimed, { ...stamp, article });
    expect(row).toMatchObject({
      ...cleared,
      status: 'SCHEDULED',
      article_id: article.id,
      article_url: article.url,
      attempts: '0',
      next_attempt_at: '',
      last_error: '',
    });
    expect(row.notes).toBe('from the editor');
  });

  it('toRetry goes back to PENDING (or the state given) after the next attempt time', () => {
    const at = new Date('2026-11-22T10:03:00Z');
    const row = toRetry(
      { ...claimed, article_id: 'gid://a/9' },
      { ...stamp, error: 'TIMEOUT: slow', nextAttemptAt: at },
    );
    expect(row).toMatchObject({
      ...cleared,
      status: 'PENDING',
      next_attempt_at: '2026-11-22T10:03:00.000Z',
      last_error: 'TIMEOUT: slow',
      attempts: '2',
      article_id: 'gid://a/9',
    });
    const approved = toRetry(claimed, { ...stamp, error: 'x', nextAttemptAt: at, status: 'APPROVED' });
    expect(approved.status).toBe('APPROVED');
  });

  it('toFailed keeps the error and stops retrying', () => {
    expect(toFailed(claimed, { ...stamp, error: 'HTTP_500: down' })).toMatchObject({
      ...cleared,
      status: 'FAILED',
      last_error: 'HTTP_500: down',
      next_attempt_at: '',
    });
  });

  it('toBlocked writes the codes and reason into notes', () => {
    const row = toBlocked(claimed, {
      ...stamp,
      reason: 'banned phrase found',
      codes: ['BANNED_PHRASE', 'PLACEHOLDER'],
    });
    expect(row).toMatchObject({
      ...cleared,
      status: 'BLOCKED',
      notes: '[BANNED_PHRASE, PLACEHOLDER] banned phrase found',
    });
    expect(toBlocked(claimed, { ...stamp, reason: 'why', codes: [] }).notes).toBe('why');
  });

  it('keeps texts single-line and at most 500 characters', () => {
    const long = `line one\nline two\r\n${'x'.repeat(1000)}`;
    const row = toFailed(claimed, { ...stamp, error: long });
    expect(row.last_error).not.toMatch(/[\r\n]/);
    expect(row.last_error).toHaveLength(500);
    expect(row.last_error.startsWith('line one line two x')).toBe(true);
    expect(row.last_error.endsWith('…')).toBe(true);
    expect(toBlocked(claimed, { ...stamp, reason: long, codes: ['X'] }).notes).toHaveLength(500);
    expect(cellText('  short  ')).toBe('short');
  });

  it('does not mutate the row it is given', () => {
    const before = structuredClone(claimed);
    toPublished(claimed, { ...stamp, article });
    toRetry(claimed, { ...stamp, error: 'e', nextAttemptAt: NOW });
    expect(claimed).toEqual(before);
  });
});
