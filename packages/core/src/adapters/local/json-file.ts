// Small JSON files of the state folder: read (missing → undefined, broken →
// a UserError naming the file), and write atomically (temp file + rename) so
// a reader never sees half a file.
import { readFile } from 'node:fs/promises';
import { UserError } from '../../errors';
import { writeFileAtomic } from './atomic-write';

export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Parse JSON text read from `where`; a syntax error becomes a UserError that names the file. */
export function parseJsonText(text: string, where: string, expected: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${where} is not valid JSON (${(error as Error).message}); expected ${expected}. Fix or delete the file.`,
    );
  }
}

export async function readJsonFile(path: string, expected: string): Promise<unknown> {
  const text = await readTextIfExists(path);
  return text === undefined ? undefined : parseJsonText(text, path, expected);
}

/** Two-space JSON with a final newline: how every state file is written (diff-friendly). */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, formatJson(value));
}
