import { describe, expect, it } from 'vitest';
import { placeholder } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

describe('PLACEHOLDER', () => {
  it('passes finished text, and TBD only as part of another word', () => {
    const d = draft({ body_markdown: 'A finished article about TBDX and sTBD, with a { brace } and [todo list].' });
    expect(placeholder(d, context(d))).toEqual([]);
  });

  it.each([
    ['[TODO]', 'Add a photo [TODO].'],
    ['[TODO]', 'Add a photo [todo].'],
    ['TBD', 'Price: TBD.'],
    ['lorem ipsum', 'Lorem  Ipsum dolor sit amet.'],
    ['{{', 'Hello {{ customer.name }}'],
  ])('flags %s', (shown, body) => {
    const d = draft({ body_markdown: body });
    expect(placeholder(d, context(d))).toEqual([
      { code: 'PLACEHOLDER', message: `placeholder "${shown}" left in the article` },
    ]);
  });

  it('checks the title and summary too, one finding per placeholder', () => {
    const d = draft({ title: 'Roses TBD', summary: 'lorem ipsum', body_markdown: 'ok' });
    expect(placeholder(d, context(d)).map((f) => f.message)).toEqual([
      'placeholder "TBD" left in the article',
      'placeholder "lorem ipsum" left in the article',
    ]);
  });
});
