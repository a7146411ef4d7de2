// `autopilot queue rollback --id ID [--dry-run]`: the newest kept version of
// a PUBLISHED row's article written back (read back to check), a run-log row
// and a note in the queue row; a missing id, no kept version or a row that is
// not PUBLISHED exit 2 and change nothing.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSiteArticles, SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { JsonlVersionStore } from '../../../packages/core/src/adapters/local/versions-jsonl';
import { QUEUE_COLUMNS } from '../../../packages/core/src/model';
import type { ArticleFields } from '../../../packages/core/src/ports';
import { runMain } from './run-main';

let state: string;
let articleId: string;
let handle: string;

const OLD: Omit<ArticleFields, 'handle'> = {
  title: 'Winter boots, the first version',
  summary: 'The first summary.',
  body_html: '<p>The first body.</p>',
  tags: ['boots'],
  author: 'Ann',
  seo: { title: 'Winter boots', description: 'The first description of winter boots for the search results.' },
};

async function writeQueue(rows: Array<Record<string, string>>): Promise<void> {
  const header = [...QUEUE_COLUMNS];
  await writeFile(
    join(state, 'queue.csv'),
    stringify([header, ...rows.map((r) => header.map((c) => r[c] ?? ''))], { record_delimiter: 'unix' }),
  );
}

beforeEach(async () => {
  state = await mkdtemp(join(tmpdir(), 'autopilot-rollback-'));
  await mkdir(state, { recursive: true });
  const site = new SitePublisher({ stateDir: state });
  // The article as an UPDATE left it, and the version that update kept.
  const ref = await site.create({
    item_id: 'boots',
    handle: 'winter-boots',
    title: 'Winter boots, revised',
    summary: 'The new summary.',
    body_html: '<p>The new body.</p>',
    tags: ['boots', 'winter'],
    author: 'Ann',
    seo: { title: 'Winter boots 2', description: 'The new description of winter boots for the search results here.' },
    published: true,
  });
  await site.flush();
  articleId = ref.id;
  handle = ref.handle;
  await new JsonlVersionStore({ stateDir: state }).append({
    item_id: 'boots',
    article_id: articleId,
    at: '2026-11-22T10:05:00.000Z',
    run_id: 'run-7',
    fields: { handle, ...OLD },
  });
  await writeQueue([
    { id: 'boots', title: 'Winter boots', status: 'PUBLISHED', article_id: articleId, handle },
    { id: 'socks', title: 'Socks', status: 'PENDING' },
    { id: 'hats', title: 'Hats', status: 'PUBLISHED', article_id: 'local-99', handle: 'hats' },
  ]);
});
afterEach(() => rm(state, { recursive: true, force: true }));

const article = async () => (await readSiteArticles(state)).find((a) => a.id === articleId);
const snapshot = async () => ({
  article: await article(),
  queue: await readFile(join(state, 'queue.csv'), 'utf8'),
  runLog: await readFile(join(state, 'run_log.csv'), 'utf8').catch(() => ''),
});

describe('queue rollback', () => {
  it('restores the kept version, reads it back, writes a run-log row and a note in the row', async () => {
    const run = await runMain(['queue', 'rollback', '--id', 'boots', '--state', state]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Restored article ${handle} (${articleId}) of "boots" (row 1) to the version of 2026-11-22T10:05:00.000Z: title, summary, body, tags, seo (read back: matches).`,
    );
    const { seo: _seo, ...stored } = OLD;
    expect(await article()).toMatchObject({
      ...stored,
      meta_title: OLD.seo?.title,
      meta_description: OLD.seo?.description,
      status: 'published',
      handle,
    });
    const runLog = await readFile(join(state, 'run_log.csv'), 'utf8');
    const last = runLog.trim().split('\n').at(-1) ?? '';
    expect(last).toContain(',boots,published,');
    expect(last).toContain(articleId);
    const queue = await readFile(join(state, 'queue.csv'), 'utf8');
    expect(queue).toContain('rolled back to the version of 2026-11-22T10:05:00.000Z');
    expect(queue).toMatch(/\nboots,.*PUBLISHED/);

    // Again: the store already holds that version.
    const again = await runMain(['queue', 'rollback', '--id', 'boots', '--state', state]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already matches the version of 2026-11-22T10:05:00.000Z; nothing changed');
    expect(await readFile(join(state, 'run_log.csv'), 'utf8')).toBe(runLog);
  });

  it('--dry-run says what would change and changes nothing', async () => {
    const before = await snapshot();
    const run = await runMain(['queue', 'rollback', '--id', 'boots', '--dry-run', '--state', state]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run: would restore');
    expect(run.stdout).toContain('title, summary, body, tags, seo would change. Nothing was changed.');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [['--id', 'nope'], 'no row with id "nope"'],
    [['--id', 'socks'], 'row 2 (id "socks") is PENDING, not PUBLISHED'],
    [['--id', 'hats'], 'no kept version of "hats"'],
    [[], 'queue rollback needs --id ID'],
  ])('%j exits 2 with a clear message and changes nothing', async (flags, message) => {
    const before = await snapshot();
    const run = await runMain(['queue', 'rollback', ...flags, '--state', state]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshot()).toEqual(before);
  });

  it('--help lists rollback with its flags', async () => {
    const run = await runMain(['queue', '--help']);
    expect(run.stdout).toContain('queue rollback --id ID [--dry-run]');
    expect(run.stdout).toMatch(/rollback[\s\S]*--id[\s\S]*--dry-run/);
  });
});

describe('rollbackItem says what the store holds, read back', () => {
  it('an update the store did not apply is reported as not restored, field by field', async () => {
    const { rollbackItem } = await import('../../../packages/core/src/services/rollback');
    const { CsvQueueStore } = await import('../../../packages/core/src/adapters/local/queue-csv-store');
    const { CsvRunLog } = await import('../../../packages/core/src/adapters/local/run-log-csv');
    const site = new SitePublisher({ stateDir: state });
    // A store that answers the update but keeps the old text (as a caching proxy might).
    const deaf = Object.assign(Object.create(site), { update: async () => site.find({ item_id: 'boots' }) });
    const result = await rollbackItem(
      {
        queue: new CsvQueueStore({ stateDir: state }),
        runLog: new CsvRunLog({ stateDir: state }),
        publisher: deaf,
        versions: new JsonlVersionStore({ stateDir: state }),
        now: () => new Date('2026-11-22T11:00:00.000Z'),
      },
      { id: 'boots', dryRun: false, runId: 'run-r', traceId: 't' },
    );
    expect(result.not_restored).toEqual(['title', 'summary', 'body', 'tags', 'seo']);
    expect(result.lines[0]).toContain('but read back it still differs in: title, summary, body, tags, seo');
    expect(result.lines.join('\n')).not.toContain('Restored');
    expect(result).toMatchObject({ logged: false, noted: false });
    expect(await readFile(join(state, 'run_log.csv'), 'utf8').catch(() => '')).toBe('');
    expect(await readFile(join(state, 'queue.csv'), 'utf8')).not.toContain('rolled back');
  });
});
