// Where the update path keeps an article's previous versions (VersionStore),
// with the queue: `versions.jsonl` on the state branch when the queue is
// there (repo), `<state>/versions.jsonl` when it is the local file. With
// Sheets, the state branch in an action (a runner's folder is gone after the
// job) and wherever a GitHub token and repository are configured, so the CLI
// finds what the workflows kept; else the state folder. Not a Versions tab:
// a kept version holds a whole article body, and a Sheets cell holds at most
// 50,000 characters. Each adapter is loaded on first use: a run that updates
// nothing never loads it (issue 12).
import { join } from 'node:path';
import type { Config } from '../config';
import type { ArticleVersion, VersionStore } from '../ports';
import { queueBackendOf, type WiringContext } from './data-plane';
import { gitHubOptions } from './github-options';

/** A version store and where it keeps its journal (for messages). */
export type PlacedVersionStore = VersionStore & { readonly where: string };

function lazy(where: string, make: () => Promise<VersionStore>): PlacedVersionStore {
  let store: Promise<VersionStore> | undefined;
  const get = () => {
    store ??= make().catch((error) => {
      store = undefined;
      throw error;
    });
    return store;
  };
  return {
    where,
    append: async (version: ArticleVersion) => (await get()).append(version),
    latest: async (itemId: string) => (await get()).latest(itemId),
  };
}

export function buildVersionStore(
  config: Config,
  ctx: WiringContext & { controlPlane: 'local' | 'actions' },
): PlacedVersionStore {
  const backend = queueBackendOf(config, ctx.controlPlane);
  const onBranch =
    backend === 'repo' ||
    (backend === 'sheets' && (ctx.controlPlane === 'actions' || Boolean(config.githubToken && config.repository)));
  if (!onBranch) {
    return lazy(join(ctx.paths.root, 'versions.jsonl'), async () => {
      const { JsonlVersionStore } = await import('../adapters/local/versions-jsonl');
      return new JsonlVersionStore({ stateDir: ctx.paths.root, log: ctx.log });
    });
  }
  return lazy(`${config.repository ?? 'the repository'}:versions.jsonl@${config.stateBranch}`, async () => {
    const { GitHubRepoVersionStore } = await import('../adapters/github/repo-versions');
    return new GitHubRepoVersionStore({ ...gitHubOptions(config, ctx), branch: config.stateBranch, logger: ctx.log });
  });
}
