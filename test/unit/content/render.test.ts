import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../packages/core/src/domain/content';

describe('renderMarkdown', () => {
  it('keeps headings, paragraphs, lists, emphasis, code, quotes and links', () => {
    const html = renderMarkdown(
      [
        '## Care',
        '',
        'Water **deeply** and *rarely*; see [the guide](https://example.com/guide "Guide").',
        '',
        '- one',
        '- two',
        '',
        '> quoted',
        '',
        '`code`',
      ].join('\n'),
    );
    expect(html).toContain('<h2>Care</h2>');
    expect(html).toContain('<strong>deeply</strong>');
    expect(html).toContain('<em>rarely</em>');
    expect(html).toContain('<a href="https://example.com/guide" title="Guide">the guide</a>');
    expect(html).toContain('<ul>\n<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>code</code>');
  });

  it('keeps tables and http(s) images', () => {
    const html = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n![rose](https://cdn.example/rose.jpg)');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<img src="https://cdn.example/rose.jpg" alt="rose" />');
  });

  it('removes <script> and <iframe> with their content', () => {
    const html = renderMarkdown(
      'Hi\n\n<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n\nBye',
    );
    expect(html).not.toMatch(/script|iframe|alert/i);
    expect(html).toContain('<p>Hi</p>');
    expect(html).toContain('<p>Bye</p>');
  });

  it('removes on* attributes and style', () => {
    const html = renderMarkdown(
      '<p onclick="steal()" style="color:red">text</p> <img src="https://x.example/a.png" onerror="steal()">',
    );
    expect(html).not.toMatch(/onclick|onerror|steal|style/);
    expect(html).toContain('text');
  });

  it('removes javascript: and data: links and non-http images', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) <a href="data:text/html,x">c</a> ![d](data:image/png;base64,AAAA) ![e](ftp://x/e.png)',
    );
    expect(html).not.toMatch(/javascript|data:|ftp:|alert/i);
    expect(html).toContain('a');
  });

  it('keeps mailto links', () => {
    expect(renderMarkdown('[mail](mailto:shop@example.com)')).toContain('href="mailto:shop@example.com"');
  });
});
