// Issue 10 "Reading": a NUL (or any control character) in a title must not
// reach the page's <title> and <h1>, the store, Shopify or a cell.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planQueueWrite } from '../../../packages/core/src/adapters/local/csv-table';
import { runLogCells } from '../../../packages/core/src/adapters/local/run-log-csv-row';
import { readSiteArticles, SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { cleanDraft, stripControlChars } from '../../../packages/core/src/domain/content/text';
import { DEFAULT_THRESHOLDS } from '../../../packages/core/src/domain/content/thresholds';
import type { QueueItem } from '../../../packages/core/src/domain/queue/types';
import { draftAndCheck } from '../../../packages/core/src/services/executor/content';
import { articleInput } from '../../contract/publisher.contract';
import { runLogRow } from '../../contract/run-log.contract';
import { queueRow } from '../queue/rows';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe('control characters', () => {
  it('stripControlChars drops C0/C1/DEL, keeps tab and newlines (or flattens them for one line)', () => {
    expect(stripControlChars('Tea\u0000 for\u001b[2J two\u0085\u007f')).toBe('Tea for[2J two');
    expect(stripControlChars('a\tb\r\nc\rd')).toBe('a\tb\r\nc\rd');
    expect(stripControlChars('a\tb\nc', { singleLine: true })).toBe('a b c');
    expect(stripControlChars('Crème brûlée — 茶')).toBe('Crème brûlée — 茶');
  });

  it('a draft from ready content with a NUL in its title reaches no page, store or publisher with it', async () => {
    const row = queueRow({ row: 2, id: 'nul-1', title: '', content: '# Tea\u0000 time\u0007\n\nA body.\u0000' });
    const item = { id: 'nul-1', keywords: [], row } as unknown as QueueItem;
    const checked = await draftAndCheck(item, {
      readContent: async () => '',
      thresholds: DEFAULT_THRESHOLDS,
      maxFixPasses: 0,
      otherTitles: () => new Map(),
    });
    expect(checked.draft.title).toBe('Tea time');
    expect(checked.draft.body_markdown).not.toMatch(CONTROL);
  });

  it('a generated draft is cleaned too', () => {
    const draft = cleanDraft({ title: 'A\u0000\nB', summary: 's\u0001', body_markdown: 'b\u0000', tags: ['t\u0000'] });
    expect(draft).toEqual({ title: 'A B', summary: 's', body_markdown: 'b', tags: ['t'] });
  });

  describe('the local site', () => {
    let stateDir: string;
    beforeEach(async () => {
      stateDir = await mkdtemp(join(tmpdir(), 'hostile-site-'));
    });
    afterEach(() => rm(stateDir, { recursive: true, force: true }));

    it('never writes a NUL into <title>, <h1>, the index or the store', async () => {
      const publisher = new SitePublisher({ stateDir, now: () => new Date('2026-11-03T10:00:00Z') });
      const ref = await publisher.create(
        articleInput('N1', { title: 'Tea\u0000 time\u001b]0;owned\u0007', tags: ['a\u0000b'], summary: 'x\u0000' }),
      );
      const page = await readFile(join(stateDir, ref.url ?? ''), 'utf8');
      expect(page).toContain('<title>Tea time]0;owned</title>');
      expect(page).toContain('<h1>Tea time]0;owned</h1>');
      expect(page).not.toMatch(CONTROL);
      await publisher.flush(); // the index is written at the end of a run
      expect(await readFile(join(stateDir, 'site', 'index.html'), 'utf8')).not.toMatch(CONTROL);
      const [stored] = await readSiteArticles(stateDir);
      expect(JSON.stringify(stored)).not.toMatch(/\\u000|\\u001|\\u007/);
    });
  });

  it('cells we write lose control characters; cells we do not change stay as the human wrote them', () => {
    const table = { header: ['id', 'title', 'status', 'last_error'], rows: [['a', 'Human\u0000 title', '', '']] };
    const plan = planQueueWrite(
      table,
      {
        update: [{ ...queueRow({ row: 1, id: 'a', title: 'Human\u0000 title' }), last_error: 'boom\u001b[2J\nline 2' }],
        append: [{ id: 'b\u0000', title: 'New\u0007' }],
        result: undefined,
      },
      'queue.csv',
    );
    expect(plan.table.rows[0]).toEqual(['a', 'Human\u0000 title', '', 'boom[2J\nline 2']);
    expect(plan.appended[0]?.slice(0, 2)).toEqual(['b', 'New']);
    expect(runLogCells(runLogRow({ item_id: 'x\u0000\ny', trace_id: '\u001b[31mred' }))).toEqual(
      expect.arrayContaining(['x y', '[31mred']),
    );
  });
});
