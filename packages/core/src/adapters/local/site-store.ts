// `<state>/site/articles.json`: the local publisher's store, a JSON array of
// article records. Read without a lock (writes are atomic renames, so a
// reader always sees a whole file); changed only inside `transactSite`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../errors';
import { writeFileAtomic } from './atomic-write';
import { withFileLock } from './file-lock';
import type { SiteArticle } from './site-articles';
import { renderArticlePage, renderIndexPage } from './site-html';

const articleSchema = z.object({
  id: z.string().min(1),
  item_id: z.string().min(1),
  handle: z.string().min(1),
  title: z.string(),
  summary: z.string().default(''),
  body_html: z.string().default(''),
  tags: z.array(z.string()).default([]),
  author: z.string().default(''),
  // Issue 11's fields: absent in stores written before them.
  meta_title: z.string().default(''),
  meta_description: z.string().default(''),
  image_url: z.string().default(''),
  image_alt: z.string().default(''),
  language: z.string().default(''),
  publish_at: z.string().nullable().default(null),
  status: z.enum(['draft', 'published']),
  created_at: z.string(),
  updated_at: z.string(),
  published_at: z.string().nullable().default(null),
});
const storeSchema = z.array(articleSchema);

export interface SitePaths {
  site: string;
  store: string;
  index: string;
  articles: string;
}

export function sitePaths(stateDir: string): SitePaths {
  const site = join(stateDir, 'site');
  return {
    site,
    store: join(site, 'articles.json'),
    index: join(site, 'index.html'),
    articles: join(site, 'articles'),
  };
}

/** The records of `<state>/site/articles.json` ([] when there is none yet). */
export async function readSiteArticles(stateDir: string): Promise<SiteArticle[]> {
  const { store } = sitePaths(stateDir);
  let text: string;
  try {
    text = await readFile(store, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${store}: not valid JSON (${(error as Error).message}); fix or remove the file`);
  }
  const parsed = storeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new UserError(
      `${store}: not an article store${where}: ${issue?.message ?? 'invalid'} (expected an array of article records)`,
    );
  }
  return parsed.data;
}

export interface SiteChange<T> {
  /** The whole new list of records. */
  articles: SiteArticle[];
  /** Records whose page must be (re)written. */
  touched: SiteArticle[];
  result: T;
}

/**
 * Read the store under the cross-process lock, let `plan` decide, write the
 * store, the touched pages and the index (all atomically) before releasing.
 */
export async function transactSite<T>(
  stateDir: string,
  staleMs: number,
  plan: (articles: SiteArticle[]) => SiteChange<T>,
): Promise<T> {
  const paths = sitePaths(stateDir);
  // Waiters outlast two stale periods, so a SIGKILLed holder delays them but never blocks them.
  return withFileLock(paths.store, { staleMs, timeoutMs: staleMs * 2 + 5_000 }, async (assertHeld) => {
    const change = plan(await readSiteArticles(stateDir));
    assertHeld();
    await writeFileAtomic(paths.store, `${JSON.stringify(change.articles, null, 2)}\n`);
    for (const article of change.touched) {
      await writeFileAtomic(join(paths.articles, `${article.handle}.html`), renderArticlePage(article));
    }
    await writeFileAtomic(paths.index, renderIndexPage(change.articles));
    return change.result;
  });
}
