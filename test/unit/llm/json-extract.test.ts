import { describe, expect, it } from 'vitest';
import { extractJsonObject } from '../../../packages/core/src/adapters/llm/json-extract';

describe('extractJsonObject', () => {
  it('takes bare JSON as it is', () => {
    expect(extractJsonObject(' {"title":"A"} ')).toEqual({ title: 'A' });
  });

  it('finds a ```json fenced block inside prose', () => {
    const text = 'Sure! Here it is:\n\n```json\n{"title": "B", "tags": ["x"]}\n```\nAnything else?';
    expect(extractJsonObject(text)).toEqual({ title: 'B', tags: ['x'] });
  });

  it('finds the first balanced object in prose, braces inside strings included', () => {
    const text = 'Draft follows {"title": "C {not a brace}", "body_markdown": "a } b"} and more {"x":1}';
    expect(extractJsonObject(text)).toEqual({ title: 'C {not a brace}', body_markdown: 'a } b' });
  });

  it('skips braces that do not start valid JSON', () => {
    expect(extractJsonObject('use {curly} style: {"ok": true}')).toEqual({ ok: true });
  });

  it('returns undefined when there is no object, or only an array', () => {
    expect(extractJsonObject('no json here')).toBeUndefined();
    expect(extractJsonObject('[1, 2]')).toBeUndefined();
    expect(extractJsonObject('{"unclosed": ')).toBeUndefined();
  });
});
