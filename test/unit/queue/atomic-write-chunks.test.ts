// writeFileAtomic given chunks writes exactly their concatenation (the CSV
// queue writes its file from one encoded line per record), past the number
// of buffers one gathered write takes.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../packages/core/src/adapters/local/atomic-write';

describe('writeFileAtomic with chunks', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atomic-chunks-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes their concatenation, in order, and leaves no temp file', async () => {
    const chunks = Array.from({ length: 2500 }, (_, i) => Buffer.from(`line ${i}, é ${'x'.repeat(i % 7)}\n`, 'utf8'));
    const path = join(dir, 'queue.csv');
    await writeFileAtomic(path, chunks);
    expect(await readFile(path)).toEqual(Buffer.concat(chunks));
    await writeFileAtomic(path, [Buffer.from('short\n')]);
    expect(await readFile(path, 'utf8')).toBe('short\n');
    await writeFileAtomic(path, []);
    expect(await readFile(path, 'utf8')).toBe('');
    expect(await readdir(dir)).toEqual(['queue.csv']);
  });
});
