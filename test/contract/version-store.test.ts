// VersionStore (the update path's journal of kept versions): the local
// versions.jsonl and versions.jsonl on the state branch, under one contract.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitHubRepoVersionStore } from '../../packages/core/src/adapters/github/repo-versions';
import { JsonlVersionStore } from '../../packages/core/src/adapters/local/versions-jsonl';
import type { ArticleVersion, VersionStore } from '../../packages/core/src/ports';
import { useFakeGitHub } from '../fakes/github-fixture';
import { fakeGitHubOptions } from '../fakes/github-server';

const newFake = useFakeGitHub();

const version = (itemId: string, at: string, title: string): ArticleVersion => ({
  item_id: itemId,
  article_id: `article-${itemId}`,
  at,
  run_id: 'run-1',
  fields: {
    handle: itemId,
    title,
    summary: 'A summary',
    body_html: '<p>Line one\nline "two"</p>',
    tags: ['a', 'b'],
    author: 'Ann',
    image: { url: 'https://cdn.example/x.jpg', altText: 'An image' },
    seo: { title, description: 'A description' },
  },
});

interface Subject {
  store: VersionStore;
  /** The journal's text as stored. */
  text: () => Promise<string>;
  /** Replace the journal's text (a damaged file). */
  writeRaw: (text: string) => Promise<void>;
  cleanup: () => Promise<void>;
}

function describeVersionStoreContract(name: string, make: () => Promise<Subject>) {
  describe(`VersionStore contract: ${name}`, () => {
    it('has no version for an item before one is kept', async () => {
      const s = await make();
      expect(await s.store.latest('boots')).toBeUndefined();
      await s.cleanup();
    });

    it("returns the item's newest version, whole, and never another item's", async () => {
      const s = await make();
      await s.store.append(version('boots', '2026-11-22T10:00:00.000Z', 'First'));
      await s.store.append(version('socks', '2026-11-22T10:01:00.000Z', 'Socks'));
      await s.store.append(version('boots', '2026-11-22T10:02:00.000Z', 'Second'));
      expect(await s.store.latest('boots')).toEqual(version('boots', '2026-11-22T10:02:00.000Z', 'Second'));
      expect((await s.store.latest('socks'))?.fields.title).toBe('Socks');
      expect(await s.store.latest('boot')).toBeUndefined();
      await s.cleanup();
    });

    it('appends one JSON line per version, never rewriting earlier ones', async () => {
      const s = await make();
      await s.store.append(version('boots', '2026-11-22T10:00:00.000Z', 'First'));
      const first = await s.text();
      await s.store.append(version('boots', '2026-11-22T10:02:00.000Z', 'Second'));
      const text = await s.text();
      expect(text.startsWith(first)).toBe(true);
      const lines = text.split('\n').filter(Boolean);
      expect(lines).toHaveLength(2);
      expect(JSON.parse(lines[1] ?? '')).toMatchObject({
        item_id: 'boots',
        run_id: 'run-1',
        fields: { title: 'Second' },
      });
      await s.cleanup();
    });

    it('skips a broken line instead of failing, and still finds the others', async () => {
      const s = await make();
      const good = JSON.stringify(version('boots', '2026-11-22T10:00:00.000Z', 'Good'));
      await s.writeRaw(`${good}\n{"item_id":"boots", broken\n`);
      expect((await s.store.latest('boots'))?.fields.title).toBe('Good');
      await s.cleanup();
    });

    it('refuses a version without an item id (nothing written)', async () => {
      const s = await make();
      await expect(s.store.append(version('', '2026-11-22T10:00:00.000Z', 'x'))).rejects.toThrow();
      expect(await s.text()).toBe('');
      await s.cleanup();
    });
  });
}

describeVersionStoreContract('JsonlVersionStore (<state>/versions.jsonl)', async () => {
  const stateDir = await mkdtemp(join(tmpdir(), 'autopilot-versions-'));
  const path = join(stateDir, 'versions.jsonl');
  return {
    store: new JsonlVersionStore({ stateDir }),
    text: () => readFile(path, 'utf8').catch(() => ''),
    writeRaw: (text) => writeFile(path, text),
    cleanup: () => rm(stateDir, { recursive: true, force: true }),
  };
});

describeVersionStoreContract('GitHubRepoVersionStore (versions.jsonl on the state branch, fake GitHub)', async () => {
  const fake = await newFake();
  return {
    store: new GitHubRepoVersionStore({ ...fakeGitHubOptions(fake), file: { backoffMs: 1 } }),
    text: async () => fake.fileText('versions.jsonl', 'autopilot-state') ?? '',
    writeRaw: async (text) => fake.setFile('versions.jsonl', text, 'autopilot-state'),
    cleanup: () => fake.close(),
  };
});

describe('GitHubRepoVersionStore', () => {
  it('commits to the state branch, never the default branch, with [skip ci]; a concurrent append is kept', async () => {
    const fake = await newFake();
    const store = new GitHubRepoVersionStore({ ...fakeGitHubOptions(fake), file: { backoffMs: 1 } });
    await store.append(version('boots', '2026-11-22T10:00:00.000Z', 'First'));
    // Another writer appends between our read and our write.
    const theirs = JSON.stringify(version('socks', '2026-11-22T10:01:00.000Z', 'Theirs'));
    fake.commitFile(
      'versions.jsonl',
      `${fake.fileText('versions.jsonl', 'autopilot-state')}${theirs}\n`,
      'autopilot-state',
    );
    await store.append(version('boots', '2026-11-22T10:02:00.000Z', 'Second'));
    const lines = (fake.fileText('versions.jsonl', 'autopilot-state') ?? '').split('\n').filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as ArticleVersion).fields.title)).toEqual(['First', 'Theirs', 'Second']);
    const ours = fake.commits.filter((c) => c.message.includes('version of boots'));
    expect(ours).toHaveLength(2);
    expect(ours.every((c) => c.branch === 'autopilot-state' && c.message.includes('[skip ci]'))).toBe(true);
    await fake.close();
  });
});
