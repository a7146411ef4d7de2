// The Publisher contract, shared by every adapter (local site, Shopify):
// lookups return only the item's own article, publishing the same item twice
// yields one article, a handle held by another item is never overwritten,
// and status moves draft → published, never back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputOfFields } from '../../packages/core/src/domain/article-fields';
import { ItemError } from '../../packages/core/src/errors';
import type { ArticleInput, Publisher } from '../../packages/core/src/ports';
import { publishArticle } from '../../packages/core/src/services/publish-article';

export interface PublisherHarness {
  publisher: Publisher;
  /** How many articles in the backing store carry this item id. */
  countOf(itemId: string): Promise<number>;
  /** The stored title of the article with this id (to see what an update touched). */
  titleOf(id: string): Promise<string | undefined>;
  /**
   * The article's fields as the backing store holds them (issue 11), where
   * the harness can read them; the field tests run only for a publisher
   * declared to support them (see describePublisherContract's `supports`).
   */
  fieldsOf?(id: string): Promise<ArticleFields | undefined>;
  /** Move the backing store's clock (where the harness can), to see a scheduled article go live. */
  advanceTo?(at: Date): Promise<void>;
  close?(): Promise<void>;
}

/** What a publisher keeps of an article besides its title and body. */
export interface ArticleFields {
  summary: string;
  tags: string[];
  author: string;
  image?: { url: string; altText: string };
  seo: { title: string; description: string };
  language?: string;
  publishAt?: string;
}

/** Optional parts of the contract a publisher declares it implements. */
export interface PublisherSupports {
  /** summary, tags, author, image, SEO title/description, language, publishAt (local site and Shopify: yes). */
  articleFields?: boolean;
  /** Whether the article keeps a language of its own (default: as articleFields; Shopify has none per article). */
  articleLanguage?: boolean;
  /**
   * Scheduling as the store does it (Shopify): a draft never carries its
   * publishAt (it would go live without approval), and a live input with a
   * future publishAt stays hidden until then. The local site instead keeps a
   * draft's publishAt and shows a live one at once, marked "scheduled for".
   */
  storeSchedules?: boolean;
}

export function articleInput(itemId: string, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    item_id: itemId,
    handle: `post-${itemId.toLowerCase()}`,
    title: `Title of ${itemId}`,
    summary: `Summary of ${itemId}`,
    body_html: `<p>Body of ${itemId}</p>`,
    tags: ['tea', 'guides'],
    author: 'Ada',
    published: false,
    ...overrides,
  };
}

export function describePublisherContract(
  name: string,
  factory: () => Promise<PublisherHarness>,
  supports: PublisherSupports = {},
): void {
  describe(`Publisher contract: ${name}`, () => {
    let h: PublisherHarness;
    beforeEach(async () => {
      h = await factory();
    });
    afterEach(async () => {
      await h.close?.();
    });

    it('creates a draft and finds it by id and by handle', async () => {
      const ref = await h.publisher.create(articleInput('A1'));
      expect(ref).toMatchObject({ item_id: 'A1', handle: 'post-a1', title: 'Title of A1', status: 'draft' });
      expect(ref.id).not.toBe('');
      expect(ref.url).toContain('post-a1');

      expect(await h.publisher.find({ article_id: ref.id, item_id: 'A1' })).toEqual(ref);
      expect(await h.publisher.find({ item_id: 'A1', handle: 'post-a1' })).toEqual(ref);
      expect(await h.publisher.find({ article_id: ref.id, item_id: 'A1', handle: 'post-a1' })).toEqual(ref);
    });

    it('is ready at the start of a run (prepare, when it has one, succeeds and may be repeated)', async () => {
      await h.publisher.prepare?.();
      await h.publisher.prepare?.();
      const ref = await h.publisher.create(articleInput('P1'));
      expect(await h.publisher.find({ article_id: ref.id, item_id: 'P1' })).toEqual(ref);
    });

    it('finds nothing for an item that has no article', async () => {
      expect(await h.publisher.find({ item_id: 'nobody', handle: 'post-nobody' })).toBeUndefined();
    });

    it('creates a live article when the input is published', async () => {
      const ref = await h.publisher.create(articleInput('L1', { published: true }));
      expect(ref.status).toBe('published');
      expect((await h.publisher.find({ article_id: ref.id, item_id: 'L1' }))?.status).toBe('published');
    });

    it('publishArticle twice for one item yields one article, updated the second time', async () => {
      const first = await publishArticle(h.publisher, articleInput('P1'), {});
      expect(first.action).toBe('created');
      const second = await publishArticle(h.publisher, articleInput('P1', { title: 'Better title' }), {});
      expect(second.action).toBe('updated');
      expect(second.ref.id).toBe(first.ref.id);
      expect(second.ref.title).toBe('Better title');
      expect(await h.countOf('P1')).toBe(1);
    });

    it('a second create for the same item returns the existing article instead of a duplicate', async () => {
      const first = await h.publisher.create(articleInput('C1'));
      const again = await h.publisher.create(articleInput('C1', { title: 'Again' }));
      expect(again.id).toBe(first.id);
      expect(again.handle).toBe(first.handle);
      expect(await h.countOf('C1')).toBe(1);
    });

    it('update with published=true makes a draft live; publishDraft keeps the content', async () => {
      const draft = await h.publisher.create(articleInput('U1'));
      const live = await h.publisher.update(draft.id, articleInput('U1', { published: true, title: 'Live now' }));
      expect(live).toMatchObject({ id: draft.id, status: 'published', title: 'Live now', handle: draft.handle });

      const other = await h.publisher.create(articleInput('U2', { title: 'Approved text' }));
      const published = await h.publisher.publishDraft(other.id);
      expect(published).toMatchObject({ id: other.id, status: 'published', title: 'Approved text' });
      expect((await h.publisher.find({ article_id: other.id, item_id: 'U2' }))?.status).toBe('published');
    });

    it('never takes a live article down: an update with published=false keeps it published', async () => {
      const live = await h.publisher.create(articleInput('N1', { published: true }));
      const after = await h.publisher.update(live.id, articleInput('N1', { published: false, title: 'Edited' }));
      expect(after).toMatchObject({ status: 'published', title: 'Edited' });
    });

    it("gives a distinct handle when another item's article holds the wanted one, never overwriting it", async () => {
      const a = await h.publisher.create(articleInput('H1', { handle: 'spring-sale', title: 'Item one' }));
      const b = await h.publisher.create(articleInput('H2', { handle: 'spring-sale', title: 'Item two' }));
      expect(a.handle).toBe('spring-sale');
      expect(b.handle).toBe('spring-sale-2');
      expect(b.id).not.toBe(a.id);
      expect(await h.titleOf(a.id)).toBe('Item one');

      const c = await h.publisher.create(articleInput('H3', { handle: 'spring-sale', title: 'Item three' }));
      expect(c.handle).toBe('spring-sale-3');
    });

    it("never returns another item's article, by id or by handle", async () => {
      const a = await h.publisher.create(articleInput('F1', { handle: 'shared' }));
      expect(await h.publisher.find({ article_id: a.id, item_id: 'F2' })).toBeUndefined();
      expect(await h.publisher.find({ item_id: 'F2', handle: 'shared' })).toBeUndefined();
      expect(await h.publisher.find({ article_id: a.id, item_id: 'F2', handle: 'shared' })).toBeUndefined();
    });

    it('finds an article created under a -n handle from the wanted handle (a row that lost its article_id)', async () => {
      await h.publisher.create(articleInput('V1', { handle: 'guide' }));
      const mine = await h.publisher.create(articleInput('V2', { handle: 'guide' }));
      expect(mine.handle).toBe('guide-2');
      expect(await h.publisher.find({ item_id: 'V2', handle: 'guide' })).toEqual(mine);
      const again = await publishArticle(h.publisher, articleInput('V2', { handle: 'guide', title: 'Retried' }), {});
      expect(again).toMatchObject({ action: 'updated', ref: { id: mine.id, handle: 'guide-2', title: 'Retried' } });
      expect(await h.countOf('V2')).toBe(1);
    });

    describe.skipIf(!supports.articleFields)('article fields (issue 11)', () => {
      const full = (itemId: string, overrides: Partial<ArticleInput> = {}) =>
        articleInput(itemId, {
          summary: `A summary of ${itemId} for listings.`,
          tags: ['tea', 'how-to'],
          author: 'Mei Lin',
          image: { url: `https://images.example.com/${itemId}.jpg`, altText: `A cup of ${itemId}` },
          seo: { title: `SEO title of ${itemId}`, description: `What search results show for ${itemId}.` },
          language: 'de',
          ...overrides,
        });
      const fields = async (id: string) => {
        if (!h.fieldsOf) throw new Error(`${name} declares articleFields but its harness has no fieldsOf`);
        return h.fieldsOf(id);
      };

      it('keeps summary, tags, author, image with alt text, SEO title and description, and language', async () => {
        const ref = await h.publisher.create(full('S1'));
        expect(await fields(ref.id)).toMatchObject({
          summary: 'A summary of S1 for listings.',
          tags: ['tea', 'how-to'],
          author: 'Mei Lin',
          image: { url: 'https://images.example.com/S1.jpg', altText: 'A cup of S1' },
          seo: { title: 'SEO title of S1', description: 'What search results show for S1.' },
          ...(supports.articleLanguage !== false && { language: 'de' }),
        });
      });

      it('an update replaces every field', async () => {
        const ref = await h.publisher.create(full('S2'));
        await h.publisher.update(
          ref.id,
          full('S2', {
            summary: 'New summary.',
            tags: ['new'],
            author: 'Ada',
            image: { url: 'https://images.example.com/new.jpg', altText: 'New alt' },
            seo: { title: 'New SEO title', description: 'New description.' },
          }),
        );
        expect(await fields(ref.id)).toMatchObject({
          summary: 'New summary.',
          tags: ['new'],
          author: 'Ada',
          image: { url: 'https://images.example.com/new.jpg', altText: 'New alt' },
          seo: { title: 'New SEO title', description: 'New description.' },
        });
      });

      it.skipIf(supports.storeSchedules)('keeps the time a future post is scheduled for', async () => {
        const ref = await h.publisher.create(full('S3', { publishAt: '2099-05-01T09:00:00.000Z' }));
        expect((await fields(ref.id))?.publishAt).toBe('2099-05-01T09:00:00.000Z');
      });

      it.runIf(supports.storeSchedules)(
        'a live article with a future publishAt is scheduled: not live before then, found live after',
        async () => {
          const at = '2099-05-01T09:00:00.000Z';
          const ref = await h.publisher.create(full('S5', { published: true, publishAt: at }));
          expect(ref.status).toBe('draft');
          expect((await fields(ref.id))?.publishAt).toBe(at);
          if (!h.advanceTo) throw new Error(`${name} schedules but its harness has no advanceTo`);
          await h.advanceTo(new Date(Date.parse(at) + 1000));
          expect((await h.publisher.find({ article_id: ref.id, item_id: 'S5' }))?.status).toBe('published');
        },
      );

      it.runIf(supports.storeSchedules)(
        'an approved draft published with a future publishAt is scheduled',
        async () => {
          const at = '2099-05-01T09:00:00.000Z';
          const draft = await h.publisher.create(full('S6'));
          expect((await fields(draft.id))?.publishAt).toBeUndefined();
          const ref = await h.publisher.publishDraft(draft.id, { publishAt: at });
          expect(ref.status).toBe('draft');
          expect((await fields(draft.id))?.publishAt).toBe(at);
        },
      );

      it('an article without an image has none', async () => {
        const ref = await h.publisher.create(full('S4', { image: undefined }));
        expect((await fields(ref.id))?.image).toBeUndefined();
      });

      // The update path keeps what `read` returns and a rollback writes it back (issue 11).
      it('read returns the article as stored, and writing that back changes nothing', async () => {
        if (!h.publisher.read) throw new Error(`${name} declares articleFields but has no read`);
        const ref = await h.publisher.create(full('R1', { published: true }));
        const kept = await h.publisher.read(ref.id);
        expect(kept).toEqual({
          handle: ref.handle,
          title: 'Title of R1',
          summary: 'A summary of R1 for listings.',
          body_html: '<p>Body of R1</p>',
          tags: ['tea', 'how-to'],
          author: 'Mei Lin',
          image: { url: 'https://images.example.com/R1.jpg', altText: 'A cup of R1' },
          seo: { title: 'SEO title of R1', description: 'What search results show for R1.' },
        });
        await h.publisher.update(ref.id, full('R1', { title: 'Changed', body_html: '<p>New</p>', published: true }));
        expect((await h.publisher.read(ref.id))?.title).toBe('Changed');
        if (!kept) throw new Error('no fields read');
        await h.publisher.update(ref.id, inputOfFields('R1', kept));
        expect(await h.publisher.read(ref.id)).toEqual(kept);
        expect(await h.publisher.find({ article_id: ref.id, item_id: 'R1' })).toMatchObject({ status: 'published' });
      });
    });

    it('rejects an article without a title as a non-transient item error', async () => {
      const error = await h.publisher.create(articleInput('B1', { title: '  ' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ItemError);
      expect((error as ItemError).transient).toBe(false);
      expect(await h.countOf('B1')).toBe(0);
    });
  });
}
