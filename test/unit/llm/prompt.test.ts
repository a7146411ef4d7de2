import { describe, expect, it } from 'vitest';
import { buildMessages, DEFAULT_SYSTEM_PROMPT } from '../../../packages/core/src/adapters/llm/prompt';

const item = { id: 'i1', title: 'Brewing tea', brief: 'Loose leaf basics.', keywords: ['green tea', 'teapot'] };

describe('buildMessages', () => {
  it('puts the control prompt and style guide in the system message, the item in the user message', () => {
    const [system, user, ...rest] = buildMessages(
      { item },
      { systemPrompt: 'You write for TeaCo.', styleGuide: 'Use British spelling.' },
    );
    expect(rest).toEqual([]);
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('You write for TeaCo.');
    expect(system?.content).toContain('Use British spelling.');
    expect(system?.content).toContain('body_markdown');
    expect(user?.role).toBe('user');
    expect(user?.content).toContain('Title: Brewing tea');
    expect(user?.content).toContain('Loose leaf basics.');
    expect(user?.content).toContain('green tea, teapot');
  });

  it('uses the default prompt when none is given and asks for a title when the item has none', () => {
    const [system, user] = buildMessages({ item: { ...item, title: '' } });
    expect(system?.content).toContain(DEFAULT_SYSTEM_PROMPT);
    expect(user?.content).toContain('choose a fitting title');
  });

  it('on a fix pass sends the previous draft and every finding, and asks for a corrected draft', () => {
    const draft = { title: 'Brewing tea', summary: 's', body_markdown: 'too short', tags: [] };
    const findings = [
      { code: 'BODY_TOO_SHORT', message: 'the body has 2 words, at least 300 expected' },
      { code: 'KEYWORD_MISSING', message: 'keyword "teapot" is not in the body' },
    ];
    const messages = buildMessages({ item, fix: { draft, findings } });
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(JSON.parse(messages[2]?.content ?? '')).toEqual(draft);
    const ask = messages[3]?.content ?? '';
    expect(ask).toContain('BODY_TOO_SHORT: the body has 2 words, at least 300 expected');
    expect(ask).toContain('KEYWORD_MISSING: keyword "teapot" is not in the body');
    expect(ask).toMatch(/corrected draft/);
  });
});
