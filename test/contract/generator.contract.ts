// The Generator contract, shared by the stub and the OpenAI-compatible
// adapter: a usable draft, honest usage numbers, and a fix request that is
// honoured. The factory's generator must write a too-short body (< 300 words)
// on a first pass and a full one (>= 300 words) when asked to fix it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Generator } from '../../packages/core/src/ports';

export interface GeneratorHarness {
  generator: Generator;
  close?: () => Promise<void>;
}

const item = {
  id: 'item-1',
  title: 'How to care for a cast iron pan',
  brief: 'Cleaning, seasoning and storing cast iron.',
  keywords: ['cast iron', 'seasoning'],
};

const words = (markdown: string) => markdown.split(/\s+/).filter((w) => /\w/.test(w) && !/^#+$/.test(w)).length;

export function describeGeneratorContract(name: string, factory: () => Promise<GeneratorHarness>): void {
  describe(`Generator contract: ${name}`, () => {
    let harness: GeneratorHarness | undefined;
    const open = async () => {
      harness = await factory();
      return harness.generator;
    };
    afterEach(async () => {
      await harness?.close?.();
      harness = undefined;
    });

    it('returns a draft with a title, a body and tags', async () => {
      const { draft } = await (await open()).generate({ item });
      expect(draft.title.trim()).not.toBe('');
      expect(draft.body_markdown.trim()).not.toBe('');
      expect(typeof draft.summary).toBe('string');
      expect(Array.isArray(draft.tags)).toBe(true);
      expect(draft.tags.every((tag) => typeof tag === 'string')).toBe(true);
    });

    it('reports usage as finite, non-negative numbers', async () => {
      const { usage } = await (await open()).generate({ item });
      for (const value of [usage.tokens_in, usage.tokens_out, usage.cost_usd]) {
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
      }
      expect(usage.tokens_in + usage.tokens_out).toBeGreaterThan(0);
    });

    it('writes every keyword into the body of a full draft', async () => {
      const generator = await open();
      const first = await generator.generate({ item });
      const findings = [{ code: 'BODY_TOO_SHORT', message: 'the body has too few words' }];
      const { draft } = await generator.generate({ item, fix: { draft: first.draft, findings } });
      for (const keyword of item.keywords) expect(draft.body_markdown.toLowerCase()).toContain(keyword);
    });

    it('honours a fix request: the short first draft comes back long enough', async () => {
      const generator = await open();
      const first = await generator.generate({ item });
      expect(words(first.draft.body_markdown)).toBeLessThan(300);
      const findings = [
        {
          code: 'BODY_TOO_SHORT',
          message: `the body has ${words(first.draft.body_markdown)} words, at least 300 expected`,
        },
      ];
      const fixed = await generator.generate({ item, fix: { draft: first.draft, findings } });
      expect(words(fixed.draft.body_markdown)).toBeGreaterThanOrEqual(300);
      expect(fixed.draft.title.trim()).not.toBe('');
    });
  });
}
