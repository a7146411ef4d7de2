// Replace a file so readers see either the old or the new content, never a
// half-written one: write a temp file in the same folder (rename is only
// atomic within one file system), fsync it, rename it over the target, then
// fsync the folder so the rename itself survives a crash.
import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `content` as a list of chunks is written as their concatenation (one gathered write, nothing joined in memory). */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      if (Array.isArray(content)) await writeAll(handle, content);
      else await handle.writeFile(content as string | Uint8Array);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

/** Every chunk, in order: writev may write fewer bytes than asked (then the rest follows). */
async function writeAll(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  // A bounded number of buffers per call (IOV_MAX is 1024 on Linux).
  const PER_CALL = 1024;
  for (let i = 0; i < chunks.length; i += PER_CALL) {
    let batch = chunks.slice(i, i + PER_CALL);
    let left = batch.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    while (left > 0) {
      const { bytesWritten } = await handle.writev(batch);
      left -= bytesWritten;
      if (left === 0) break;
      // Skip what was written, then write the rest.
      let skip = bytesWritten;
      const rest: Uint8Array[] = [];
      for (const chunk of batch) {
        if (skip >= chunk.byteLength) skip -= chunk.byteLength;
        else {
          rest.push(skip > 0 ? chunk.subarray(skip) : chunk);
          skip = 0;
        }
      }
      batch = rest;
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  // Not every platform lets a folder be opened and fsynced (Windows); the
  // rename is done either way, so this is best effort.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
