// UPDATE (issue 11): a human's request to re-publish a live article in place.
// Publish mode only; with require-approval on, only a row approved.
import { describe, expect, it } from 'vitest';
import { changedFields, fieldsOfInput, inputOfFields } from '../../../packages/core/src/domain/article-fields';
import { isEligible, parseQueueRow, type QueueItem, toRetry } from '../../../packages/core/src/domain/queue';
import { ITEM_STATUSES } from '../../../packages/core/src/model';
import { HOUR_AGO, IN_AN_HOUR, NOW, queueRow } from './rows';

function item(fields: Parameters<typeof queueRow>[0]): QueueItem {
  const parsed = parseQueueRow(queueRow(fields));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.item;
}

const live = { status: 'UPDATE', article_id: 'local-1', handle: 'boots' };

describe('UPDATE', () => {
  it('is a queue state a row may hold', () => {
    expect(ITEM_STATUSES).toContain('UPDATE');
    expect(parseQueueRow(queueRow({ row: 1, ...live })).ok).toBe(true);
  });

  it.each([
    ['review mode never', { approval: 'approved' }, 'review', true, false],
    ['publish, require-approval, approved', { approval: 'approved' }, 'publish', true, true],
    ['publish, require-approval, pending', { approval: 'pending' }, 'publish', true, false],
    ['publish, require-approval, empty approval', {}, 'publish', true, false],
    ['publish, no require-approval', {}, 'publish', false, true],
    ['publish, rejected', { approval: 'rejected' }, 'publish', false, false],
    ['publish, retry ahead', { approval: 'approved', next_attempt_at: IN_AN_HOUR }, 'publish', true, false],
    ['publish, retry passed', { approval: 'approved', next_attempt_at: HOUR_AGO }, 'publish', true, true],
    // A live article's publish_at is in the past or irrelevant: an update never waits for it.
    ['publish, publish_at ahead', { approval: 'approved', publish_at: IN_AN_HOUR }, 'publish', true, true],
  ] as const)('%s', (_, fields, mode, requireApproval, expected) => {
    expect(isEligible(item({ row: 1, ...live, ...fields }), mode, NOW, { requireApproval })).toBe(expected);
  });

  it('a retry of an update returns the row to UPDATE', () => {
    const row = toRetry(queueRow({ row: 1, ...live, status: 'IN_PROGRESS' }), {
      now: NOW,
      runId: 'r',
      error: 'SHOPIFY_UNAVAILABLE: 503',
      nextAttemptAt: new Date(IN_AN_HOUR),
      status: 'UPDATE',
    });
    expect(row).toMatchObject({ status: 'UPDATE', next_attempt_at: new Date(IN_AN_HOUR).toISOString() });
  });
});

describe('article fields', () => {
  const fields = {
    handle: 'boots',
    title: 'Boots',
    summary: 'All about boots',
    body_html: '<p>Boots</p>',
    tags: ['boots'],
    author: 'Ann',
    image: { url: 'https://cdn.example/boots.jpg', altText: 'Boots on snow' },
    seo: { title: 'Boots', description: 'All about boots' },
  };

  it('a version written back is the same fields (no change left)', () => {
    expect(changedFields(fields, fieldsOfInput(inputOfFields('boots', fields)))).toEqual([]);
    expect(inputOfFields('boots', fields)).toMatchObject({ item_id: 'boots', published: true, handle: 'boots' });
  });

  it('names each field that differs', () => {
    const wanted = {
      ...fields,
      title: 'Boots 2',
      body_html: '<p>New</p>',
      tags: ['boots', 'winter'],
      author: 'Bo',
      image: { url: fields.image.url, altText: 'New alt' },
      seo: { title: 'Boots', description: 'Other' },
    };
    expect(changedFields(fields, wanted)).toEqual(['title', 'body', 'tags', 'author', 'image', 'seo']);
  });

  it('a field the update leaves out is not compared', () => {
    const { author: _a, image: _i, seo: _s, ...bare } = fields;
    expect(changedFields(fields, bare)).toEqual([]);
  });
});
