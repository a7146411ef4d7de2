// The versions journal, locally: `<state>/versions.jsonl`, one JSON line per
// kept version (item_id, article_id, at, run_id, fields), appended under the
// file's lock and fsynced, never rewritten. The line codec is shared with the
// state branch's copy (adapters/github/repo-versions.ts).
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ArticleVersion, Logger, VersionStore } from '../../ports';
import { withFileLock } from './file-lock';
import { readTextIfExists } from './json-file';

export const VERSIONS_FILE = 'versions.jsonl';

const versionSchema = z.object({
  item_id: z.string().min(1),
  article_id: z.string().min(1),
  at: z.string().min(1),
  run_id: z.string(),
  fields: z.object({
    handle: z.string(),
    title: z.string(),
    summary: z.string(),
    body_html: z.string(),
    tags: z.array(z.string()),
    author: z.string().optional(),
    image: z.object({ url: z.string(), altText: z.string() }).optional(),
    seo: z.object({ title: z.string(), description: z.string() }).optional(),
  }),
});

/** One journal line (no newline in it: JSON escapes them). */
export function formatVersionLine(version: ArticleVersion): string {
  return JSON.stringify(versionSchema.parse(version));
}

/**
 * The item's newest version in a journal's text: the last valid line for it
 * (lines are appended in time order). A broken line is reported and skipped.
 */
export function latestVersionIn(text: string, itemId: string, where: string, log?: Logger): ArticleVersion | undefined {
  let latest: ArticleVersion | undefined;
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || !line.includes(JSON.stringify(itemId).slice(1, -1))) return;
    try {
      const parsed = versionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'not a version');
      if (parsed.data.item_id === itemId) latest = parsed.data;
    } catch (error) {
      log?.warn(`${where} line ${index + 1} is not a valid version and was skipped (${(error as Error).message})`);
    }
  });
  return latest;
}

export class JsonlVersionStore implements VersionStore {
  readonly path: string;

  constructor(private readonly options: { stateDir: string; log?: Logger }) {
    this.path = join(options.stateDir, VERSIONS_FILE);
  }

  async append(version: ArticleVersion): Promise<void> {
    const line = `${formatVersionLine(version)}\n`;
    await withFileLock(this.path, {}, async (assertHeld) => {
      assertHeld();
      const file = await open(this.path, 'a');
      try {
        await file.appendFile(line, 'utf8');
        await file.sync();
      } finally {
        await file.close();
      }
    });
  }

  async latest(itemId: string): Promise<ArticleVersion | undefined> {
    const text = await readTextIfExists(this.path);
    return text === undefined ? undefined : latestVersionIn(text, itemId, this.path, this.options.log);
  }
}
