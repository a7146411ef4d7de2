// Issue 11's draft fields: what the model is asked for, what is kept of its answer, what the stub writes.
import { describe, expect, it } from 'vitest';
import { toDraft } from '../../../packages/core/src/adapters/llm/draft-schema';
import { buildMessages } from '../../../packages/core/src/adapters/llm/prompt';
import { StubGenerator } from '../../../packages/core/src/adapters/local/stub-generator';
import { DEFAULT_THRESHOLDS, jaccard, shingleSet, validate } from '../../../packages/core/src/domain/content';

const answer = { title: 'T', summary: 'S', body_markdown: 'B', tags: ['a'] };

describe('the draft schema', () => {
  it("keeps the model's meta title, description and alt text, and never an image URL", () => {
    const draft = toDraft({
      ...answer,
      meta_title: ' Meta ',
      meta_description: 'Description',
      image_alt: 'Alt',
      image_url: 'https://invented.example/x.jpg',
    });
    expect(draft).toEqual({ ...answer, meta_title: 'Meta', meta_description: 'Description', image_alt: 'Alt' });
  });

  it('accepts an answer without them, or with them empty', () => {
    expect(toDraft(answer)).toEqual(answer);
    expect(toDraft({ ...answer, meta_title: '', image_alt: '' })).toEqual(answer);
  });
});

describe('the prompt', () => {
  it('asks for the new keys, names the language, the image and the links, and forbids invented images', () => {
    const withAll = buildMessages({
      item: {
        id: 'i',
        title: 'T',
        brief: '',
        keywords: [],
        language: 'de',
        image_url: 'https://cdn.example.com/tea.jpg',
        links: ['sencha', 'green-tea'],
      },
    });
    const system = withAll[0]?.content ?? '';
    for (const key of ['"meta_title"', '"meta_description"', '"image_alt"']) expect(system).toContain(key);
    const user = withAll[1]?.content ?? '';
    expect(user).toContain('Language: write the whole article in de.');
    expect(user).toContain('Featured image: https://cdn.example.com/tea.jpg');
    expect(user).toContain('sencha, green-tea');
    const plain = buildMessages({ item: { id: 'i', title: 'T', brief: '', keywords: [] } })[1]?.content ?? '';
    expect(plain).toContain('never invent image URLs');
  });
});

describe('the stub generator', () => {
  it('writes a meta title and description within the limits, alt text only for a given image', async () => {
    const stub = new StubGenerator();
    const item = { id: 'boots', title: 'Choosing hiking boots', brief: 'Fit and care.', keywords: ['hiking boots'] };
    const { draft } = await stub.generate({ item });
    expect(validate(draft, { itemId: 'boots', keywords: item.keywords, otherTitles: new Map() })).toEqual([]);
    expect(draft.image_alt).toBeUndefined();
    expect(draft.image_url).toBeUndefined();
    const withImage = await stub.generate({ item: { ...item, image_url: 'https://cdn.example.com/b.jpg' } });
    expect(withImage.draft.image_alt).toContain('hiking boots');
  });

  it('makes the meta faults on the first pass', async () => {
    const stub = new StubGenerator({ faults: ['meta_title_too_long', 'meta_description_short'] });
    const { draft } = await stub.generate({ item: { id: 'x', title: 'A title', brief: 'Brief.', keywords: [] } });
    const codes = validate(draft, { itemId: 'x', keywords: [], otherTitles: new Map() }).map((f) => f.code);
    expect(codes).toContain('META_DESCRIPTION_LENGTH');
    expect(codes).toContain('META_TITLE_TOO_LONG');
  });

  it('words two items differently, so they are not near-duplicates', async () => {
    const stub = new StubGenerator();
    const a = await stub.generate({ item: { id: 'a', title: '', brief: '', keywords: [] } });
    const b = await stub.generate({ item: { id: 'b', title: '', brief: '', keywords: [] } });
    const similarity = jaccard(shingleSet(a.draft.body_markdown), shingleSet(b.draft.body_markdown));
    expect(similarity).toBeLessThan(DEFAULT_THRESHOLDS.nearDuplicateThreshold);
  });
});
