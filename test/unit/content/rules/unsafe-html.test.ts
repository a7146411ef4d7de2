import { describe, expect, it } from 'vitest';
import { unsafeHtml } from '../../../../packages/core/src/domain/content';
import { context, draft } from './context';

describe('UNSAFE_HTML', () => {
  it('passes plain markdown and harmless HTML', () => {
    const d = draft({
      body_markdown:
        'A <b>bold</b> [link](https://example.com), a description, the word online = fine, javascript tips.',
    });
    expect(unsafeHtml(d, context(d))).toEqual([]);
  });

  it.each([
    ['<script>', '<script>alert(1)</script>'],
    ['<script>', '< SCRIPT src="x.js">'],
    ['<iframe>', '<iframe src="https://x.example"></iframe>'],
    ['an on* event attribute', '<img src="x" onerror="alert(1)">'],
    ['an on* event attribute', '<a href="#" OnClick = "x()">a</a>'],
    ['a javascript: URL', '[click](javascript:alert(1))'],
    ['a javascript: URL', '<a href="JavaScript :void(0)">x</a>'],
  ])('flags %s in %j', (what, body) => {
    const d = draft({ body_markdown: body });
    expect(unsafeHtml(d, context(d))).toEqual([{ code: 'UNSAFE_HTML', message: `unsafe HTML: ${what}` }]);
  });
});
