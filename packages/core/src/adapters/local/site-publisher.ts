// The embedded default Publisher: articles as HTML pages under
// `<state>/site/` (a store `articles.json`, `articles/<handle>.html`, and
// `index.html`), so a person can open the result in a browser.
//
// Exactly-once: `create` checks for the item's article and inserts under one
// cross-process lock, so two processes creating for the same item id end
// with one article (the later call updates the first's record).
// An article's `url` is the page's path relative to the state folder:
// `site/articles/<handle>.html`.
import type { ArticleInput, ArticleLookup, ArticleRef, ArticleText, Clock, Publisher } from '../../ports';
import { publishArticleDraft, toArticleRef, updateArticle, upsertArticle } from './site-articles';
import { readSiteArticles, transactSite } from './site-store';

export interface SitePublisherOptions {
  /** The state folder (`.autopilot/` by default in the CLI). */
  stateDir: string;
  /** A lock older than this belongs to a dead process (min 5000, default 10000). */
  lockStaleMs?: number;
  now?: Clock;
}

export class SitePublisher implements Publisher {
  private readonly stateDir: string;
  private readonly staleMs: number;
  private readonly now: Clock;

  constructor(options: SitePublisherOptions) {
    this.stateDir = options.stateDir;
    this.staleMs = options.lockStaleMs ?? 10_000;
    this.now = options.now ?? (() => new Date());
  }

  async find(lookup: ArticleLookup): Promise<ArticleRef | undefined> {
    const articles = await readSiteArticles(this.stateDir);
    const byId = lookup.article_id ? articles.find((a) => a.id === lookup.article_id) : undefined;
    if (byId?.item_id === lookup.item_id) return toArticleRef(byId);
    // item_id is unique in the store, so this also covers the handle lookup.
    const byItem = articles.find((a) => a.item_id === lookup.item_id);
    return byItem ? toArticleRef(byItem) : undefined;
  }

  create(article: ArticleInput): Promise<ArticleRef> {
    return transactSite(this.stateDir, this.staleMs, (articles) => {
      const change = upsertArticle(articles, article, this.now().toISOString());
      return { articles: change.articles, touched: [change.article], result: toArticleRef(change.article) };
    });
  }

  update(id: string, article: ArticleInput): Promise<ArticleRef> {
    return transactSite(this.stateDir, this.staleMs, (articles) => {
      const change = updateArticle(articles, id, article, this.now().toISOString());
      return { articles: change.articles, touched: [change.article], result: toArticleRef(change.article) };
    });
  }

  async articleTexts(): Promise<ArticleText[]> {
    const articles = await readSiteArticles(this.stateDir);
    return articles.map(({ id, item_id, title, body_html }) => ({ id, item_id, title, body_html }));
  }

  publishDraft(id: string): Promise<ArticleRef> {
    return transactSite(this.stateDir, this.staleMs, (articles) => {
      const change = publishArticleDraft(articles, id, this.now().toISOString());
      return { articles: change.articles, touched: [change.article], result: toArticleRef(change.article) };
    });
  }
}

export function createSitePublisher(options: SitePublisherOptions): SitePublisher {
  return new SitePublisher(options);
}

export type { SiteArticle } from './site-articles';
export { readSiteArticles, sitePaths } from './site-store';
