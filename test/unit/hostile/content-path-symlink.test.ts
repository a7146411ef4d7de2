// Issue 10 "Reading": a content_path through a symbolic link must not reach a
// file outside the content roots (the path text alone looks harmless).
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentReader } from '../../../packages/core/src/wiring/content-reader';

describe('content_path and symbolic links', () => {
  let top: string;
  let repo: string;
  let state: string;
  beforeEach(async () => {
    top = await mkdtemp(join(tmpdir(), 'hostile-content-'));
    repo = join(top, 'repo');
    state = join(top, 'state');
    await mkdir(join(repo, 'posts'), { recursive: true });
    await mkdir(state);
    await writeFile(join(top, 'secret.txt'), 'TOP SECRET');
    await writeFile(join(repo, 'posts', 'tea.md'), '# Tea');
    await writeFile(join(state, 'draft.md'), '# Draft');
  });
  afterEach(() => rm(top, { recursive: true, force: true }));

  it('refuses a link inside a root that points outside every root', async () => {
    await symlink(join(top, 'secret.txt'), join(repo, 'posts', 'innocent.md'));
    const read = createContentReader([repo, state]);
    await expect(read('posts/innocent.md')).rejects.toMatchObject({ code: 'CONTENT_PATH_OUTSIDE' });
  });

  it('refuses a linked folder that leads outside', async () => {
    await symlink(top, join(repo, 'posts', 'up'), 'dir');
    const read = createContentReader([repo]);
    await expect(read('posts/up/secret.txt')).rejects.toMatchObject({ code: 'CONTENT_PATH_OUTSIDE' });
  });

  it('still reads plain files and links that stay inside the roots', async () => {
    await symlink(join(state, 'draft.md'), join(repo, 'posts', 'linked.md'));
    const read = createContentReader([repo, state]);
    expect(await read('posts/tea.md')).toBe('# Tea');
    expect(await read('posts/linked.md')).toBe('# Draft');
    await expect(read('../secret.txt')).rejects.toMatchObject({ code: 'CONTENT_PATH_OUTSIDE' });
    await expect(read('posts/missing.md')).rejects.toMatchObject({ code: 'CONTENT_NOT_FOUND' });
  });
});
