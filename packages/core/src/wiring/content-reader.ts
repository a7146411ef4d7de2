// Reads a row's content_path, confined to the allowed roots: a queue row
// must not read files outside the repository or the state folder.
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { ItemError } from '../errors';

export function createContentReader(roots: string[]): (contentPath: string) => Promise<string> {
  const bases = roots.map((r) => resolve(r));
  return async (contentPath) => {
    const tried: string[] = [];
    for (const base of bases) {
      const full = resolve(base, contentPath);
      const rel = relative(base, full);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      tried.push(full);
      try {
        return await readFile(full, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    if (tried.length === 0) {
      throw new ItemError(
        'CONTENT_PATH_OUTSIDE',
        `content_path "${contentPath}" points outside ${bases.join(' and ')}`,
        false,
      );
    }
    throw new ItemError(
      'CONTENT_NOT_FOUND',
      `content_path "${contentPath}" not found (looked in ${tried.join(', ')})`,
      false,
    );
  };
}
