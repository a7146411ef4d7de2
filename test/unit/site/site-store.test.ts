// The local site's journal: a change appends one record and writes one page
// (never the whole store or the index); `flush` folds the journal into
// articles.json and writes the index; every reader and process sees the
// records either way, a crash before the flush included.
import { appendFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSiteArticles, SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { UserError } from '../../../packages/core/src/errors';
import { articleInput } from '../../contract/publisher.contract';

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const lines = async (path: string) => (await readFile(path, 'utf8')).split('\n').filter(Boolean);

describe('local site store', () => {
  let stateDir: string;
  let store: string;
  let journal: string;
  let index: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'site-store-'));
    store = join(stateDir, 'site', 'articles.json');
    journal = join(stateDir, 'site', 'articles.jsonl');
    index = join(stateDir, 'site', 'index.html');
  });
  afterEach(() => rm(stateDir, { recursive: true, force: true }));

  it('a change appends one record to the journal and leaves articles.json and the index alone until flush', async () => {
    const publisher = new SitePublisher({ stateDir });
    for (const id of ['A1', 'A2', 'A3']) await publisher.create(articleInput(id));
    await publisher.flush();
    const checkpoint = await readFile(store, 'utf8');
    expect(await exists(journal)).toBe(false);

    const ref = await publisher.create(articleInput('A4'));
    await publisher.publishDraft(ref.id);
    expect(await readFile(store, 'utf8')).toBe(checkpoint);
    expect((await lines(journal)).map((line) => JSON.parse(line).status)).toEqual(['draft', 'published']);
    expect(await readFile(index, 'utf8')).not.toContain('Title of A4');
    expect(await readFile(join(stateDir, ref.url), 'utf8')).toContain('PUBLISHED');

    await publisher.flush();
    expect(await exists(journal)).toBe(false);
    const records = JSON.parse(await readFile(store, 'utf8')) as Array<{ id: string; status: string }>;
    expect(records.map((r) => `${r.id}:${r.status}`)).toEqual([
      'local-1:draft',
      'local-2:draft',
      'local-3:draft',
      'local-4:published',
    ]);
    expect((await readFile(index, 'utf8')).match(/<tr><td>/g)).toHaveLength(4);
  });

  it('what one process wrote, another sees, before and after either flushes (ids and handles stay distinct)', async () => {
    const one = new SitePublisher({ stateDir });
    const two = new SitePublisher({ stateDir });
    await one.create(articleInput('B1', { handle: 'same' }));
    expect(await two.find({ item_id: 'B1' })).toMatchObject({ id: 'local-1', handle: 'same' });
    const second = await two.create(articleInput('B2', { handle: 'same' }));
    expect(second).toMatchObject({ id: 'local-2', handle: 'same-2' });
    await two.flush(); // compacts under `one`'s feet
    const third = await one.create(articleInput('B3', { handle: 'same' }));
    expect(third).toMatchObject({ id: 'local-3', handle: 'same-3' });
    // A repeated create for an item updates its article, whoever made it.
    expect(await one.create(articleInput('B2', { title: 'Again' }))).toMatchObject({ id: 'local-2', title: 'Again' });
    expect((await readSiteArticles(stateDir)).map((a) => `${a.id}:${a.item_id}:${a.title}`)).toEqual([
      'local-1:B1:Title of B1',
      'local-2:B2:Again',
      'local-3:B3:Title of B3',
    ]);
  });

  it('a run that dies before its flush loses nothing: the next reader replays the journal, the next flush writes it out', async () => {
    await new SitePublisher({ stateDir }).create(articleInput('C1'));
    // Killed mid-append: a torn last line.
    await appendFile(journal, '{"id":"local-2","item_id":"C2","hand');
    const next = new SitePublisher({ stateDir });
    expect(await next.find({ item_id: 'C1' })).toMatchObject({ id: 'local-1' });
    expect(await next.find({ item_id: 'C2' })).toBeUndefined();
    // The next append starts on a line of its own, so the torn line costs only itself.
    expect(await next.create(articleInput('C3'))).toMatchObject({ id: 'local-2' });
    expect((await readSiteArticles(stateDir)).map((a) => a.item_id)).toEqual(['C1', 'C3']);
    await next.flush();
    expect((JSON.parse(await readFile(store, 'utf8')) as Array<{ item_id: string }>).map((a) => a.item_id)).toEqual([
      'C1',
      'C3',
    ]);
  });

  it('reads a store written before the journal existed and goes on numbering from it', async () => {
    await mkdir(join(stateDir, 'site'), { recursive: true });
    const old = await (async () => {
      const scratch = await mkdtemp(join(tmpdir(), 'site-store-old-'));
      const publisher = new SitePublisher({ stateDir: scratch });
      await publisher.create(articleInput('D1'));
      await publisher.create(articleInput('D2'));
      await publisher.flush();
      const text = await readFile(join(scratch, 'site', 'articles.json'), 'utf8');
      await rm(scratch, { recursive: true, force: true });
      return text;
    })();
    await writeFile(store, old);
    const publisher = new SitePublisher({ stateDir });
    expect(await publisher.create(articleInput('D3'))).toMatchObject({ id: 'local-3' });
    expect(await publisher.find({ item_id: 'D1' })).toMatchObject({ id: 'local-1' });
  });

  it('a journal line that is JSON but not an article is a UserError naming the journal', async () => {
    const publisher = new SitePublisher({ stateDir });
    await publisher.create(articleInput('E1'));
    await appendFile(journal, `${JSON.stringify({ id: 'local-9', handle: 'x' })}\n`);
    const error = await new SitePublisher({ stateDir }).find({ item_id: 'E1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(journal);
  });
});
