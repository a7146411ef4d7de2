// Where an item's text comes from and what the gate does with it: ready
// content, content_path (confined), no source at all, the RETRY and BLOCK
// rules, and a generator with its auto-fix passes.
import { afterEach, describe, expect, it } from 'vitest';
import { StubGenerator } from '../../../packages/core/src/adapters/local/stub-generator';
import { createWorld, goodMarkdown, pendingRow, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('executor: content sources', () => {
  it('reads content_path under the content root', async () => {
    world = await createWorld({ rows: [pendingRow('boots', { content: '', content_path: 'posts/boots.md' })] });
    await world.writeContent('posts/boots.md', goodMarkdown(['winter boots'], 'Written in a file.'));
    const result = await world.run();
    expect(result.items[0]).toMatchObject({ outcome: 'drafted', gate: 'PASS' });
    const [article] = await world.articles();
    expect(article?.body_html).toContain('Written in a file.');
  });

  it('blocks a content_path that escapes the roots, with a clear message, and reads nothing', async () => {
    world = await createWorld({ rows: [pendingRow('sneaky', { content: '', content_path: '../../../etc/passwd' })] });
    const result = await world.run();
    expect(result.items[0]).toMatchObject({ outcome: 'blocked', codes: ['CONTENT_PATH_OUTSIDE'] });
    const row = await world.row('sneaky');
    expect(row.status).toBe('BLOCKED');
    expect(row.notes).toContain('[CONTENT_PATH_OUTSIDE]');
    expect(row.notes).toContain('content_path "../../../etc/passwd" points outside');
    expect(await world.articles()).toEqual([]);
  });

  it('blocks a missing content_path file, naming where it looked', async () => {
    world = await createWorld({ rows: [pendingRow('gone', { content: '', content_path: 'posts/none.md' })] });
    await world.run();
    const row = await world.row('gone');
    expect(row.status).toBe('BLOCKED');
    expect(row.notes).toContain('[CONTENT_NOT_FOUND]');
    expect(row.notes).toContain('posts/none.md');
  });

  it('blocks a row with no content and no generator, naming LLM_BASE_URL', async () => {
    world = await createWorld({ rows: [pendingRow('empty', { content: '' })] });
    const result = await world.run();
    expect(result.items[0]).toMatchObject({ outcome: 'blocked', gate: '', codes: ['NO_CONTENT'] });
    const row = await world.row('empty');
    expect(row.status).toBe('BLOCKED');
    expect(row.notes).toContain('LLM_BASE_URL');
    expect((await world.runLogRows())[0]).toMatchObject({ outcome: 'blocked', error_codes: ['NO_CONTENT'] });
  });
});

describe('executor: the gate on human content', () => {
  it('blocks human content that fails a RETRY rule (no auto-fix for a human’s text), codes in the notes', async () => {
    const generator = new StubGenerator();
    world = await createWorld({
      rows: [pendingRow('short', { content: '## Tips\n\nWinter boots are warm. [TODO] finish this.' })],
      generator,
    });
    const result = await world.run();
    expect(result.items[0]).toMatchObject({ outcome: 'blocked', gate: 'RETRY' });
    expect(result.items[0]?.codes).toEqual(expect.arrayContaining(['BODY_TOO_SHORT', 'PLACEHOLDER']));
    const row = await world.row('short');
    expect(row.status).toBe('BLOCKED');
    expect(row.notes).toMatch(/^\[BODY_TOO_SHORT, PLACEHOLDER(, [A-Z_]+)*\] human-written content needs changes/);
    expect(generator.requests).toEqual([]);
    expect(await world.articles()).toEqual([]);
  });

  it.each([
    ['UNSAFE_HTML', goodMarkdown(['winter boots'], '<script>alert("hi")</script>')],
    ['BANNED_PHRASE', goodMarkdown(['winter boots'], 'As an AI language model I like boots.')],
  ])('blocks %s content', async (code, content) => {
    world = await createWorld({ rows: [pendingRow('bad', { content })] });
    const result = await world.run();
    expect(result.items[0]).toMatchObject({ outcome: 'blocked', gate: 'BLOCK' });
    expect(result.items[0]?.codes).toContain(code);
    const row = await world.row('bad');
    expect(row.status).toBe('BLOCKED');
    // The code once: in the `[CODES]` lead, not again in the text after it.
    expect(row.notes.startsWith(`[${code}] blocked by the gate — `)).toBe(true);
    expect(row.notes.split(code)).toHaveLength(2);
    // The summary line (no codes column) pairs each finding with its code.
    expect(result.items[0]?.message).toMatch(new RegExp(`^blocked by the gate — ${code}: `));
    expect(await world.articles()).toEqual([]);
  });

  it('blocks a title another item’s article already has (DUPLICATE_TITLE), naming that item', async () => {
    world = await createWorld({
      rows: [
        pendingRow('first', { title: 'Winter Boots Guide', status: 'PUBLISHED', article_id: 'a-1' }),
        pendingRow('second', { title: 'winter  boots guide' }),
        pendingRow('third', { title: 'Another Guide' }),
      ],
    });
    const result = await world.run();
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([
      ['second', 'blocked'],
      ['third', 'drafted'],
    ]);
    const row = await world.row('second');
    expect(row.notes).toContain('[DUPLICATE_TITLE]');
    expect(row.notes).toContain('item "first" already has an article');
  });
});

describe('executor: two items with one title in the same run', () => {
  it.each([1, 2, 4])(
    'drafts only the first and blocks the other (DUPLICATE_TITLE) at concurrency %i',
    async (concurrency) => {
      world = await createWorld({
        rows: [
          pendingRow('gift-a', { title: 'Tea Gift Guide' }),
          pendingRow('gift-b', { title: 'tea  gift guide' }),
          pendingRow('other', { title: 'Another Guide' }),
        ],
      });
      const result = await world.run({ concurrency });
      expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([
        ['gift-a', 'drafted'],
        ['gift-b', 'blocked'],
        ['other', 'drafted'],
      ]);
      expect((await world.row('gift-b')).notes).toContain('item "gift-a" already has an article');
      expect((await world.articles()).map((a) => a.item_id).sort()).toEqual(['gift-a', 'other']);
    },
  );

  it('lets the title go when the first item gets no article, so the second one drafts', async () => {
    world = await createWorld({
      rows: [
        pendingRow('gift-a', { title: 'Tea Gift Guide', content: `${goodMarkdown(['winter boots'])}\n\nTBD` }),
        pendingRow('gift-b', { title: 'Tea Gift Guide' }),
      ],
    });
    const result = await world.run({ concurrency: 1 });
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([
      ['gift-a', 'blocked'],
      ['gift-b', 'drafted'],
    ]);
  });
});

describe('executor: generated content', () => {
  it('auto-fixes a generated draft that fails a RETRY rule, and logs the usage of every pass', async () => {
    const generator = new StubGenerator({
      faults: ['too_short'],
      usage: { tokens_in: 100, tokens_out: 500, cost_usd: 0.0125 },
    });
    world = await createWorld({ rows: [pendingRow('gen', { content: '', title: 'Boot care' })], generator });
    const result = await world.run();

    expect(generator.requests).toHaveLength(2);
    expect(generator.requests[0]?.fix).toBeUndefined();
    expect(generator.requests[1]?.fix?.findings.map((f) => f.code)).toContain('BODY_TOO_SHORT');
    expect(result.items[0]).toMatchObject({
      outcome: 'drafted',
      gate: 'PASS',
      usage: { tokens_in: 200, tokens_out: 1000, cost_usd: 0.025 },
    });
    expect((await world.runLogRows())[0]).toMatchObject({
      item_id: 'gen',
      tokens_in: 200,
      tokens_out: 1000,
      cost_usd: 0.025,
    });
    expect((await world.row('gen')).status).toBe('AWAITING_APPROVAL');
  });

  it('blocks after the fix passes are exhausted, saying how many were tried', async () => {
    const generator = new StubGenerator({ faults: ['missing_keyword'], faultsOnFixPasses: true });
    world = await createWorld({ rows: [pendingRow('stubborn', { content: '' })], generator });
    const result = await world.run({ maxFixPasses: 2 });

    expect(generator.requests).toHaveLength(3);
    expect(result.items[0]).toMatchObject({ outcome: 'blocked', gate: 'RETRY', codes: ['KEYWORD_MISSING'] });
    expect(result.items[0]?.usage.tokens_in).toBe(360);
    const row = await world.row('stubborn');
    expect(row.status).toBe('BLOCKED');
    expect(row.notes).toContain('still failing after 2 auto-fix pass(es)');
    expect((await world.runLogRows())[0]).toMatchObject({ gate: 'RETRY', tokens_in: 360, tokens_out: 1800 });
  });

  it('does not try to fix a BLOCK finding in a generated draft', async () => {
    const generator = new StubGenerator({ faults: ['banned_phrase'] });
    world = await createWorld({ rows: [pendingRow('ai', { content: '' })], generator });
    const result = await world.run();
    expect(generator.requests).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ outcome: 'blocked', gate: 'BLOCK', codes: ['BANNED_PHRASE'] });
  });
});
