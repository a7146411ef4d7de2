import { describe, expect, it } from 'vitest';
import { mergeRowFields } from '../../../packages/core/src/domain/content';
import type { Draft } from '../../../packages/core/src/ports';

const empty = {
  meta_title: '',
  meta_description: '',
  image_url: '',
  image_alt: '',
  author: '',
  tags: '',
  language: '',
};
const model: Draft = {
  title: 'T',
  summary: 'S',
  body_markdown: 'B',
  tags: ['model-tag'],
  meta_title: 'Model meta title',
  meta_description: 'Model description',
  image_alt: 'Model alt',
  image_url: 'https://invented.example/img.jpg',
};

describe('mergeRowFields', () => {
  it("a human's value in the row wins over the model's", () => {
    const row = {
      ...empty,
      meta_title: 'Human title',
      meta_description: 'Human description',
      image_url: 'https://cdn.example.com/tea.jpg',
      image_alt: 'Human alt',
      author: 'Mei',
      tags: 'a; b',
      language: 'de',
    };
    expect(mergeRowFields(model, row, { generated: true })).toEqual({
      title: 'T',
      summary: 'S',
      body_markdown: 'B',
      tags: ['a', 'b'],
      meta_title: 'Human title',
      meta_description: 'Human description',
      image_url: 'https://cdn.example.com/tea.jpg',
      image_alt: 'Human alt',
      author: 'Mei',
      language: 'de',
    });
  });

  it("keeps the model's values where the row is empty, but never a model's image URL", () => {
    const merged = mergeRowFields(model, empty, { generated: true });
    expect(merged).toMatchObject({ meta_title: 'Model meta title', image_alt: 'Model alt', tags: ['model-tag'] });
    expect(merged).not.toHaveProperty('image_url');
  });

  it('keeps an image URL from human-written front matter', () => {
    expect(mergeRowFields(model, empty, { generated: false }).image_url).toBe('https://invented.example/img.jpg');
  });
});
