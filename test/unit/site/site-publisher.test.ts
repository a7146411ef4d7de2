import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distinctHandle, type SiteArticle, safeHandle } from '../../../packages/core/src/adapters/local/site-articles';
import { escapeHtml, renderIndexPage } from '../../../packages/core/src/adapters/local/site-html';
import { readSiteArticles, SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { UserError } from '../../../packages/core/src/errors';
import { articleInput } from '../../contract/publisher.contract';

function record(overrides: Partial<SiteArticle>): SiteArticle {
  return {
    id: 'local-1',
    item_id: 'x',
    handle: 'h',
    title: 't',
    summary: '',
    body_html: '',
    tags: [],
    author: '',
    status: 'draft',
    created_at: '2026-11-01T00:00:00.000Z',
    updated_at: '2026-11-01T00:00:00.000Z',
    published_at: null,
    ...overrides,
  };
}

describe('site handles', () => {
  it('keeps handles safe as file names', () => {
    expect(safeHandle('Crème brûlée: a guide!')).toBe('creme-brulee-a-guide');
    expect(safeHandle('../../etc/passwd')).toBe('etc-passwd');
    expect(safeHandle('???')).toBe('article');
  });

  it('suffixes -2, -3 when the handle is taken', () => {
    const taken = [record({ handle: 'tea' }), record({ id: 'local-2', handle: 'tea-2' })];
    expect(distinctHandle(taken, 'tea')).toBe('tea-3');
    expect(distinctHandle(taken, 'coffee')).toBe('coffee');
  });
});

describe('site HTML', () => {
  it('escapes every text it writes', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('lists articles newest first with status badges', () => {
    const html = renderIndexPage([
      record({ id: 'local-1', title: 'Old <one>', updated_at: '2026-11-01T00:00:00.000Z' }),
      record({
        id: 'local-2',
        handle: 'new',
        title: 'New',
        status: 'published',
        updated_at: '2026-11-02T00:00:00.000Z',
      }),
    ]);
    expect(html.indexOf('New')).toBeLessThan(html.indexOf('Old &lt;one&gt;'));
    expect(html).not.toContain('<one>');
    expect(html).toContain('href="articles/new.html"');
    expect(html).toMatch(/class="badge published">PUBLISHED/);
    expect(html).toMatch(/class="badge draft">DRAFT/);
  });
});

describe('SitePublisher files', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'site-files-'));
  });
  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  it('writes the store, a page with a visible marker and the body as given, and the index', async () => {
    const publisher = new SitePublisher({ stateDir, now: () => new Date('2026-11-03T10:00:00Z') });
    const ref = await publisher.create(
      articleInput('I1', { title: 'Tea & <biscuits>', body_html: '<h2>Steep</h2><p>Three minutes.</p>' }),
    );
    expect(ref.url).toBe('site/articles/post-i1.html');

    const page = await readFile(join(stateDir, ref.url), 'utf8');
    expect(page).toContain('<title>Tea &amp; &lt;biscuits&gt;</title>');
    expect(page).toContain('<h2>Steep</h2><p>Three minutes.</p>');
    expect(page).toContain('DRAFT');
    expect(page).toContain('href="../index.html"');

    await publisher.publishDraft(ref.id);
    expect(await readFile(join(stateDir, ref.url), 'utf8')).toContain('PUBLISHED');
    await publisher.flush(); // the index is written at the end of a run
    const index = await readFile(join(stateDir, 'site', 'index.html'), 'utf8');
    expect(index).toContain('Tea &amp; &lt;biscuits&gt;');
    expect(index).toContain('PUBLISHED');

    const [stored] = await readSiteArticles(stateDir);
    expect(stored).toMatchObject({
      id: 'local-1',
      item_id: 'I1',
      handle: 'post-i1',
      status: 'published',
      created_at: '2026-11-03T10:00:00.000Z',
      published_at: '2026-11-03T10:00:00.000Z',
    });
  });

  it('refuses to update an article on behalf of another item', async () => {
    const publisher = new SitePublisher({ stateDir });
    const ref = await publisher.create(articleInput('O1'));
    await expect(publisher.update(ref.id, articleInput('O2'))).rejects.toMatchObject({ code: 'SITE_NOT_OWNED' });
  });

  it('reports a damaged store as a UserError naming the file', async () => {
    const publisher = new SitePublisher({ stateDir });
    await publisher.create(articleInput('D1'));
    const store = join(stateDir, 'site', 'articles.json');
    await writeFile(store, '{"not": "an array"');
    const error = await publisher.find({ item_id: 'D1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(store);

    await writeFile(store, JSON.stringify([{ id: 'local-1', handle: 'x' }]));
    await expect(publisher.find({ item_id: 'D1' })).rejects.toThrow(/item_id/);
  });
});
