import { describe, expect, it } from 'vitest';
import { STUB_FAULTS, StubGenerator } from '../../../packages/core/src/adapters/local/stub-generator';

const item = {
  id: 'i1',
  title: 'Choosing hiking boots',
  brief: 'Fit, materials and care.',
  keywords: ['hiking boots', 'waterproof'],
};
const bodyWords = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('## ')).length;

describe('StubGenerator', () => {
  it('writes a clean, deterministic draft from the item', async () => {
    const a = await new StubGenerator().generate({ item });
    const b = await new StubGenerator().generate({ item });
    expect(a).toEqual(b);
    expect(a.draft.title).toBe('Choosing hiking boots');
    expect(a.draft.summary).toBe('Fit, materials and care. A short, practical read.');
    expect(bodyWords(a.draft.body_markdown)).toBe(450);
    expect(headings(a.draft.body_markdown)).toBeGreaterThanOrEqual(2);
    for (const keyword of item.keywords) expect(a.draft.body_markdown).toContain(keyword);
    expect(a.draft.tags).toEqual(['hiking boots', 'waterproof']);
    expect(a.usage).toEqual({ tokens_in: 120, tokens_out: 600, cost_usd: 0 });
  });

  it('makes each fault on the first pass only', async () => {
    const generator = new StubGenerator({
      faults: ['too_short', 'missing_keyword', 'title_too_long', 'placeholder', 'banned_phrase'],
    });
    const { draft } = await generator.generate({ item });
    expect(bodyWords(draft.body_markdown)).toBeLessThan(300);
    expect(draft.body_markdown).not.toContain('hiking boots');
    expect(draft.title.length).toBeGreaterThan(70);
    expect(draft.body_markdown).toContain('[TODO]');
    expect(draft.body_markdown).toContain('As an AI language model');

    const fixed = await generator.generate({
      item,
      fix: { draft, findings: [{ code: 'BODY_TOO_SHORT', message: 'short' }] },
    });
    expect(bodyWords(fixed.draft.body_markdown)).toBe(450);
    expect(fixed.draft.body_markdown).toContain('hiking boots');
    expect(fixed.draft.body_markdown).not.toContain('[TODO]');
    expect(fixed.draft.title).toBe(item.title);
    expect(generator.requests).toHaveLength(2);
  });

  it('writes a long body without headings for no_headings', async () => {
    const { draft } = await new StubGenerator({ faults: ['no_headings'] }).generate({ item });
    expect(headings(draft.body_markdown)).toBe(0);
    expect(bodyWords(draft.body_markdown)).toBeGreaterThan(600);
  });

  it('keeps its faults on fix passes when told to, and reports the usage it was given', async () => {
    const usage = { tokens_in: 7, tokens_out: 9, cost_usd: 0.01 };
    const generator = new StubGenerator({ faults: ['too_short'], faultsOnFixPasses: true, usage, words: 500 });
    const first = await generator.generate({ item });
    const again = await generator.generate({ item, fix: { draft: first.draft, findings: [] } });
    expect(bodyWords(again.draft.body_markdown)).toBeLessThan(300);
    expect(again.usage).toEqual(usage);
    expect(STUB_FAULTS).toContain('too_short');
  });

  it('chooses a title from the keywords when the item has none', async () => {
    const { draft } = await new StubGenerator().generate({ item: { ...item, title: '' } });
    expect(draft.title).toBe('A practical guide to hiking boots');
  });
});
