import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../packages/core/src/domain/content';
import { ItemError } from '../../../packages/core/src/errors';
import { queueRow } from '../queue/rows';

const row = queueRow({ row: 5, id: 'roses', keywords: 'roses; pruning' });

describe('extractDraft', () => {
  it('takes the title from the first # heading and removes it from the body', () => {
    const draft = extractDraft('# Spring care\n\nRoses need water. They like sun.\n\n## Watering\n\nDeeply.', row);
    expect(draft).toEqual({
      title: 'Spring care',
      summary: 'Roses need water. They like sun.',
      body_markdown: 'Roses need water. They like sun.\n\n## Watering\n\nDeeply.',
      tags: ['roses', 'pruning'],
    });
  });

  it("prefers the row's title and still drops a leading # heading", () => {
    const draft = extractDraft('# Heading title\n\nText.', { ...row, title: 'Row title' });
    expect(draft.title).toBe('Row title');
    expect(draft.body_markdown).toBe('Text.');
  });

  it('keeps a # heading that is not at the top', () => {
    const draft = extractDraft('Intro first.\n\n# Later heading\n\nMore.', row);
    expect(draft.title).toBe('Later heading');
    expect(draft.body_markdown).toContain('# Later heading');
  });

  it('leaves the title empty when there is none (TITLE_MISSING reports it)', () => {
    expect(extractDraft('Just text.', row).title).toBe('');
  });

  it('reads front matter: title, summary and tags', () => {
    const md = '---\ntitle: From front matter\nsummary: "A short summary."\ntags: [a, b]\n---\n# Heading\n\nBody text.';
    expect(extractDraft(md, row)).toEqual({
      title: 'From front matter',
      summary: 'A short summary.',
      body_markdown: 'Body text.',
      tags: ['a', 'b'],
    });
    expect(extractDraft('---\ntags: x, y; z\n---\nBody.', row).tags).toEqual(['x', 'y', 'z']);
  });

  it('summarises the first prose paragraph, cut at a sentence under 160 characters', () => {
    const sentence = 'Roses are a rewarding plant for any garden, if you water them well. ';
    const md = `## Heading\n\n- a list\n\n${sentence.repeat(4)}\n\nSecond paragraph.`;
    const summary = extractDraft(md, row).summary;
    expect(summary).toBe(sentence.repeat(2).trim());
    expect(summary.length).toBeLessThanOrEqual(160);
  });

  it('keeps a long first sentence whole (SUMMARY_TOO_LONG reports it) and strips markup', () => {
    const long = `A **very** [long](https://x.example) sentence ${'word '.repeat(40)}end.`;
    const summary = extractDraft(long, row).summary;
    expect(summary.startsWith('A very long sentence word')).toBe(true);
    expect(summary).not.toMatch(/\*|\[|https/);
  });

  it('reports invalid YAML front matter as an item error naming the row', () => {
    const call = () => extractDraft('---\ntitle: [unclosed\n---\nBody', row);
    expect(call).toThrow(ItemError);
    expect(call).toThrow(/row 5 \(id "roses"\): the front matter is not valid YAML/);
  });
});
