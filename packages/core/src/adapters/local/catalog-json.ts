// The local backend's Catalog: `<state>/catalog.json`, the shop's products,
// collections and pages as a person writes them down, and the local site's
// articles. Without the file there is no catalog: nothing matches and no
// link can be checked (so none is called broken).
//
//   { "shop": "https://shop.example.com",
//     "products": [{ "handle": "sencha", "title": "Sencha green tea" }],
//     "collections": [...], "pages": [...] }
import { join } from 'node:path';
import { z } from 'zod';
import { matchCatalog } from '../../domain/content/catalog-match';
import { UserError } from '../../errors';
import type { Catalog, CatalogEntry, CatalogTarget } from '../../ports';
import { readJsonFile } from './json-file';
import { readSiteArticles } from './site-store';

const Entry = z.object({ handle: z.string().trim().min(1), title: z.string().default('') });
const CatalogFile = z.object({
  shop: z.string().url().optional(),
  products: z.array(Entry).default([]),
  collections: z.array(Entry).default([]),
  pages: z.array(Entry).default([]),
});
type CatalogFile = z.infer<typeof CatalogFile>;

const PATHS = { product: 'products', collection: 'collections', page: 'pages' } as const;
const EXPECTED =
  'an object with "shop" (the storefront URL) and "products", "collections", "pages" lists of { handle, title }';

export class JsonCatalog implements Catalog {
  readonly hosts: readonly string[];
  private readonly file: CatalogFile | undefined;
  private readonly base: string;
  private readonly stateDir: string;

  private constructor(stateDir: string, file: CatalogFile | undefined) {
    this.stateDir = stateDir;
    this.file = file;
    this.base = (file?.shop ?? '').replace(/\/+$/, '');
    this.hosts = file?.shop ? [new URL(file.shop).hostname.toLowerCase()] : [];
  }

  /** Reads `<state>/catalog.json` once; a malformed file is a UserError naming it and what was expected. */
  static async open(stateDir: string): Promise<JsonCatalog> {
    const path = join(stateDir, 'catalog.json');
    const raw = await readJsonFile(path, EXPECTED);
    if (raw === undefined) return new JsonCatalog(stateDir, undefined);
    const parsed = CatalogFile.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UserError(`${path}: ${issue?.path.join('.') || 'the file'} — ${issue?.message}; expected ${EXPECTED}`);
    }
    return new JsonCatalog(stateDir, parsed.data);
  }

  private entries(): CatalogEntry[] {
    if (!this.file) return [];
    const of = (kind: keyof typeof PATHS, list: CatalogFile['products']) =>
      list.map((e) => ({ kind, handle: e.handle, title: e.title, url: `${this.base}/${PATHS[kind]}/${e.handle}` }));
    return [
      ...of('product', this.file.products),
      ...of('collection', this.file.collections),
      ...of('page', this.file.pages),
    ];
  }

  async search(terms: readonly string[], limit = 5): Promise<CatalogEntry[]> {
    // Products and collections are what an article features; pages are only link targets.
    return matchCatalog(
      this.entries().filter((e) => e.kind !== 'page'),
      terms,
      limit,
    );
  }

  async exists(target: CatalogTarget): Promise<boolean | undefined> {
    if (!this.file) return undefined;
    if (target.kind === 'article') {
      return (await readSiteArticles(this.stateDir)).some((a) => a.handle.toLowerCase() === target.handle);
    }
    return this.entries().some((e) => e.kind === target.kind && e.handle.toLowerCase() === target.handle);
  }
}
