import { describe, expect, it } from 'vitest';
import type { ArticleInput, ArticleLookup, ArticleRef, Publisher } from '../../../packages/core/src/ports';
import { publishArticle } from '../../../packages/core/src/services/publish-article';
import { articleInput } from '../../contract/publisher.contract';

/** A publisher that records calls and finds what `known` holds. */
function recordingPublisher(known: Array<ArticleRef & { lookupHandle?: string }>) {
  const calls: string[] = [];
  const ref = (input: ArticleInput, id: string): ArticleRef => ({
    id,
    item_id: input.item_id,
    handle: input.handle,
    title: input.title,
    url: `u/${input.handle}`,
    status: input.published ? 'published' : 'draft',
  });
  const publisher: Publisher = {
    find: async (lookup: ArticleLookup) => {
      calls.push(`find ${lookup.article_id ?? '-'} ${lookup.handle ?? '-'}`);
      return known.find(
        (k) =>
          k.item_id === lookup.item_id &&
          (k.id === lookup.article_id || (lookup.handle !== undefined && k.lookupHandle === lookup.handle)),
      );
    },
    create: async (input) => {
      calls.push('create');
      return ref(input, 'new');
    },
    update: async (id, input) => {
      calls.push(`update ${id}`);
      return ref(input, id);
    },
    publishDraft: async () => {
      throw new Error('not used');
    },
  };
  return { publisher, calls };
}

const existing = (id: string, lookupHandle: string): ArticleRef & { lookupHandle: string } => ({
  id,
  item_id: 'I1',
  handle: lookupHandle,
  title: 't',
  url: 'u',
  status: 'draft',
  lookupHandle,
});

describe('publishArticle', () => {
  it('updates the article found by the stored id instead of creating one', async () => {
    const { publisher, calls } = recordingPublisher([existing('a-1', 'old-handle')]);
    const result = await publishArticle(publisher, articleInput('I1'), { article_id: 'a-1', handle: 'old-handle' });
    expect(result).toMatchObject({ action: 'updated', ref: { id: 'a-1' } });
    expect(calls).toEqual(['find a-1 old-handle', 'update a-1']);
  });

  it('falls back to the wanted handle when the stored handle finds nothing', async () => {
    const { publisher, calls } = recordingPublisher([existing('a-2', 'post-i1')]);
    const result = await publishArticle(publisher, articleInput('I1'), { handle: 'renamed' });
    expect(result.action).toBe('updated');
    expect(calls).toEqual(['find - renamed', 'find - post-i1', 'update a-2']);
  });

  it('creates when nothing is found', async () => {
    const { publisher, calls } = recordingPublisher([]);
    const result = await publishArticle(publisher, articleInput('I1'), {});
    expect(result).toMatchObject({ action: 'created', ref: { id: 'new' } });
    expect(calls).toEqual(['find - post-i1', 'create']);
  });
});
