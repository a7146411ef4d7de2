// The local publisher's store under `<state>/site/`:
//   articles.json   the checkpoint: a JSON array of article records;
//   articles.jsonl  the journal: one whole record per line, appended (and
//                   fsynced) under the lock by every change since the checkpoint;
//   articles/<handle>.html and index.html, the pages.
// The records are the checkpoint with the journal replayed over it (a later
// line for an id wins). A change appends one line and writes one page, so its
// cost does not grow with the store; the checkpoint and the index are
// rewritten once, by `flush` (the executor calls it at the end of a run).
// Changes asked for together (the executor's workers) are written together:
// one lock, one append and one fsync for all, each answered once durable.
// Readers take no lock: the journal only grows, the checkpoint is replaced by
// an atomic rename, and compaction writes the new checkpoint before it drops
// the journal — so a reader that sees the checkpoint unchanged after reading
// the journal has read a consistent pair (it reads again otherwise).

import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../errors';
import { writeFileAtomic } from './atomic-write';
import { withFileLock } from './file-lock';
import { localIdNumber, type SiteArticle, type SiteLookup } from './site-articles';
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
  journal: string;
  index: string;
  articles: string;
}

export function sitePaths(stateDir: string): SitePaths {
  const site = join(stateDir, 'site');
  return {
    site,
    store: join(site, 'articles.json'),
    journal: join(site, 'articles.jsonl'),
    index: join(site, 'index.html'),
    articles: join(site, 'articles'),
  };
}

/** The records of the local site (checkpoint and journal; [] when there are none yet). */
export async function readSiteArticles(stateDir: string): Promise<SiteArticle[]> {
  return new SiteStore(stateDir, 10_000).all();
}

/** The checkpoint's records, validated ([] when there is none yet). */
async function readCheckpoint(store: string): Promise<SiteArticle[]> {
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

/** Which version of a file we read: a rename or an append changes it. */
interface Stamp {
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

async function stampOf(path: string): Promise<Stamp | null> {
  try {
    const { ino, size, mtimeMs, ctimeMs } = await stat(path);
    return { ino, size, mtimeMs, ctimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const sameStamp = (a: Stamp | null | undefined, b: Stamp | null | undefined) =>
  a === b || (!!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs);

/**
 * Replace a page so readers see the old or the new one, never half of it;
 * not fsynced: a page is rendered from a record, and the record is what the
 * journal makes durable (the next change or flush of the article renders it again).
 */
async function writePage(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    await writeFile(temp, content);
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export interface SiteChange<T> {
  /** Records that changed: appended to the journal, their pages (re)written. */
  touched: SiteArticle[];
  result: T;
}

interface WaitingChange {
  plan: (store: SiteLookup) => SiteChange<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The records in memory, kept in step with the files: after the first read
 * only the journal's new lines are read. Every operation of one instance
 * runs in turn (so concurrent changes of one process queue here instead of
 * polling the file lock).
 */
export class SiteStore implements SiteLookup {
  readonly paths: SitePaths;
  #articles = new Map<string, SiteArticle>();
  #byItem = new Map<string, SiteArticle>();
  #handles = new Map<string, number>();
  #maxId = 0;
  /** The checkpoint as last read; undefined before the first read. */
  #checkpoint: Stamp | null | undefined;
  /** The journal as last read: its inode and how far its whole lines go. */
  #journal: { ino: number; offset: number; torn: boolean } | null = null;
  /** This process changed records since the last index it wrote. */
  #indexStale = false;
  #turn: Promise<unknown> = Promise.resolve();
  /** Changes asked for and not yet taken by a commit. */
  #waiting: WaitingChange[] = [];

  constructor(
    stateDir: string,
    private readonly staleMs: number,
  ) {
    this.paths = sitePaths(stateDir);
  }

  byId(id: string): SiteArticle | undefined {
    return this.#articles.get(id);
  }

  byItem(itemId: string): SiteArticle | undefined {
    return this.#byItem.get(itemId);
  }

  hasHandle(handle: string): boolean {
    return this.#handles.has(handle);
  }

  nextId(): string {
    return `local-${this.#maxId + 1}`;
  }

  /** Read the current records and answer from them. */
  read<T>(answer: (store: SiteLookup) => T): Promise<T> {
    return this.#inTurn(async () => {
      await this.#refresh();
      return answer(this);
    });
  }

  /** Every record, in store order. */
  all(): Promise<SiteArticle[]> {
    return this.read(() => [...this.#articles.values()]);
  }

  /**
   * Under the cross-process lock: bring the records up to date, let `plan`
   * decide, append the touched records to the journal (fsynced) and write
   * their pages, before releasing. Changes asked for while another is being
   * written go together in the next turn (a group commit: one lock, one
   * append, one fsync), each plan seeing the ones before it; none resolves
   * before its records are durable.
   */
  transact<T>(plan: (store: SiteLookup) => SiteChange<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ plan, resolve: resolve as (value: unknown) => void, reject });
      if (this.#waiting.length === 1) void this.#inTurn(() => this.#commit());
    });
  }

  /** The changes waiting, planned in order and written together. */
  async #commit(): Promise<void> {
    const batch = this.#waiting.splice(0);
    const planned: Array<{ entry: WaitingChange; change?: SiteChange<unknown>; error?: unknown }> = [];
    try {
      await this.#locked(async (assertHeld) => {
        await this.#refresh();
        const touched: SiteArticle[] = [];
        for (const entry of batch) {
          try {
            const change = entry.plan(this);
            // Applied now, so the next plan of the batch sees it (a handle or an id taken).
            for (const article of change.touched) this.#apply(article);
            touched.push(...change.touched);
            planned.push({ entry, change });
          } catch (error) {
            planned.push({ entry, error });
          }
        }
        if (touched.length === 0) return;
        try {
          assertHeld();
          await this.#append(touched);
        } catch (error) {
          // Not durable: what was applied in memory is read again from the files next time.
          this.#checkpoint = undefined;
          throw error;
        }
        this.#indexStale = true;
        for (const one of planned) {
          if (!one.change) continue;
          try {
            for (const article of one.change.touched) {
              await writePage(join(this.paths.articles, `${article.handle}.html`), renderArticlePage(article));
            }
          } catch (error) {
            one.error = error;
          }
        }
      });
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    for (const { entry, change, error } of planned)
      if (change && error === undefined) entry.resolve(change.result);
      else entry.reject(error);
  }

  /**
   * Fold the journal into the checkpoint and write the index: O(records),
   * once per run. Nothing to do when no process changed anything since.
   */
  flush(): Promise<void> {
    return this.#inTurn(() =>
      this.#locked(async (assertHeld) => {
        await this.#refresh();
        if (!this.#journal && !this.#indexStale && (await stampOf(this.paths.index))) return;
        const articles = [...this.#articles.values()];
        assertHeld();
        await writeFileAtomic(this.paths.store, `${JSON.stringify(articles, null, 2)}\n`);
        await rm(this.paths.journal, { force: true });
        this.#checkpoint = await stampOf(this.paths.store);
        this.#journal = null;
        await writePage(this.paths.index, renderIndexPage(articles));
        this.#indexStale = false;
      }),
    );
  }

  #inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#turn.then(work);
    this.#turn = result.catch(() => {});
    return result;
  }

  #locked<T>(critical: (assertHeld: () => void) => Promise<T>): Promise<T> {
    // Waiters outlast two stale periods, so a SIGKILLed holder delays them but never blocks them.
    return withFileLock(this.paths.store, { staleMs: this.staleMs, timeoutMs: this.staleMs * 2 + 5_000 }, critical);
  }

  /** Up to date with the files: the journal's new lines, or everything after a compaction. */
  async #refresh(): Promise<void> {
    for (;;) {
      const before = await stampOf(this.paths.store);
      if (sameStamp(before, this.#checkpoint) && (await this.#readJournal())) return;
      this.#reset(await readCheckpoint(this.paths.store));
      this.#checkpoint = before;
      await this.#readJournal();
      // A compaction between the two reads: read again from its checkpoint.
      if (sameStamp(await stampOf(this.paths.store), before)) return;
    }
  }

  #reset(articles: readonly SiteArticle[]): void {
    this.#articles.clear();
    this.#byItem.clear();
    this.#handles.clear();
    this.#maxId = 0;
    this.#journal = null;
    for (const article of articles) this.#apply(article);
  }

  #apply(article: SiteArticle): void {
    const previous = this.#articles.get(article.id);
    if (previous) {
      if (this.#byItem.get(previous.item_id) === previous) this.#byItem.delete(previous.item_id);
      const count = (this.#handles.get(previous.handle) ?? 1) - 1;
      if (count > 0) this.#handles.set(previous.handle, count);
      else this.#handles.delete(previous.handle);
    }
    this.#articles.set(article.id, article);
    this.#byItem.set(article.item_id, article);
    this.#handles.set(article.handle, (this.#handles.get(article.handle) ?? 0) + 1);
    this.#maxId = Math.max(this.#maxId, localIdNumber(article.id));
  }

  /**
   * Apply the journal's lines we have not read. False when the journal is
   * not the one we were reading (replaced or removed): the caller reads all again.
   */
  async #readJournal(): Promise<boolean> {
    // Nothing appended since our last read (the same file, as long as we read): one stat, nothing opened.
    const known = this.#journal;
    if (known && !known.torn) {
      const now = await stampOf(this.paths.journal);
      if (now && now.ino === known.ino && now.size === known.offset) return true;
    }
    let handle: FileHandle;
    try {
      handle = await open(this.paths.journal, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return this.#journal === null;
    }
    try {
      const { ino, size } = await handle.stat();
      if (this.#journal && this.#journal.ino !== ino) return false;
      const from = this.#journal?.offset ?? 0;
      if (size < from) return false;
      const journal = this.#journal ?? { ino, offset: 0, torn: false };
      this.#journal = journal;
      if (size === from) return true;
      const buffer = Buffer.alloc(size - from);
      await handle.read(buffer, 0, buffer.length, from);
      // Whole lines only: a line still being appended (or torn by a crash) is left for later.
      const end = buffer.lastIndexOf(10);
      journal.torn = end !== buffer.length - 1;
      if (end === -1) return true;
      let lineNo = 0;
      for (const line of buffer.toString('utf8', 0, end).split('\n')) {
        lineNo++;
        const article = this.#journalRecord(line, lineNo);
        if (article) this.#apply(article);
      }
      journal.offset = from + end + 1;
      return true;
    } finally {
      await handle.close();
    }
  }

  #journalRecord(line: string, lineNo: number): SiteArticle | undefined {
    if (line.trim() === '') return undefined;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      // A line torn by a crash mid-append, then ended by the next append's line break: its change never returned.
      return undefined;
    }
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UserError(
        `${this.paths.journal}: a record of the journal is not an article record` +
          `${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'} (line ${lineNo} of those read)`,
      );
    }
    return parsed.data;
  }

  /** Append records to the journal and fsync it (the caller holds the lock, is up to date, and applied them). */
  async #append(articles: readonly SiteArticle[]): Promise<void> {
    await mkdir(this.paths.site, { recursive: true });
    const handle = await open(this.paths.journal, 'a');
    try {
      // After a torn line (a crash mid-append), start on a line of our own.
      const prefix = this.#journal?.torn ? '\n' : '';
      await handle.writeFile(`${prefix}${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
      await handle.sync();
      const { ino, size } = await handle.stat();
      this.#journal = { ino, offset: size, torn: false };
    } finally {
      await handle.close();
    }
  }
}
