// Reads a row's content_path, confined to the allowed roots: a queue row
// must not read files outside the repository or the state folder. The check
// is made twice: on the path as written (no `..` out of a root), then on the
// file's real path, so a symbolic link inside a root that points outside it
// (`notes.md -> /etc/passwd`) is refused too.
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ItemError } from '../errors';

function isInside(base: string, full: string): boolean {
  const rel = relative(base, full);
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

async function realOrSelf(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}

export function createContentReader(roots: string[]): (contentPath: string) => Promise<string> {
  const bases = roots.map((r) => resolve(r));
  // The roots themselves may be links (macOS /tmp); compare real with real.
  // Resolved on the first read: a run with no content_path never asks.
  let realBases: Promise<string[]> | undefined;
  return async (contentPath) => {
    realBases ??= Promise.all(bases.map(realOrSelf));
    const tried: string[] = [];
    let linkedOutside = false;
    for (const base of bases) {
      const full = resolve(base, contentPath);
      if (!isInside(base, full)) continue;
      tried.push(full);
      let real: string;
      try {
        real = await realpath(full);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      if (!(await realBases).some((root) => isInside(root, real))) {
        linkedOutside = true;
        continue;
      }
      try {
        return await readFile(real, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    if (tried.length === 0 || linkedOutside) {
      throw new ItemError(
        'CONTENT_PATH_OUTSIDE',
        `content_path "${contentPath}" ${linkedOutside ? 'is a link to a file ' : 'points '}outside ${bases.join(' and ')}`,
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
