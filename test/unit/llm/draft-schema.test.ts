import { describe, expect, it } from 'vitest';
import { DRAFT_JSON_SCHEMA, toDraft } from '../../../packages/core/src/adapters/llm/draft-schema';
import { ItemError } from '../../../packages/core/src/errors';

const good = { title: ' T ', summary: 'S', body_markdown: '## H\n\nbody', tags: ['a', ' b '] };

function errorOf(fn: () => unknown): ItemError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ItemError) return error;
    throw error;
  }
  throw new Error('expected an ItemError');
}

describe('toDraft', () => {
  it('accepts a complete answer and trims it', () => {
    expect(toDraft(good)).toEqual({ title: 'T', summary: 'S', body_markdown: '## H\n\nbody', tags: ['a', 'b'] });
  });

  it('reads tags given as a comma list, and missing tags as none', () => {
    expect(toDraft({ ...good, tags: 'x, y' }).tags).toEqual(['x', 'y']);
    const { tags: _omit, ...noTags } = good;
    expect(toDraft(noTags).tags).toEqual([]);
  });

  it('names a missing field in an LLM_BAD_OUTPUT item error', () => {
    const { body_markdown: _omit, ...noBody } = good;
    const error = errorOf(() => toDraft(noBody));
    expect(error.code).toBe('LLM_BAD_OUTPUT');
    expect(error.message).toContain('"body_markdown"');
    expect(error.message).toContain('missing');
    expect(error.transient).toBe(true);
  });

  it('names an empty or mistyped field', () => {
    expect(errorOf(() => toDraft({ ...good, title: '  ' })).message).toContain('"title"');
    expect(errorOf(() => toDraft({ ...good, summary: 3 })).message).toContain('"summary"');
  });
});

describe('DRAFT_JSON_SCHEMA', () => {
  it('is strict-mode ready: every property required, nothing else allowed', () => {
    expect([...DRAFT_JSON_SCHEMA.required].sort()).toEqual(Object.keys(DRAFT_JSON_SCHEMA.properties).sort());
    expect(DRAFT_JSON_SCHEMA.additionalProperties).toBe(false);
  });
});
