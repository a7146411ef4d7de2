// Where the update path keeps an article's previous versions (VersionStore):
// beside the decision log. The CLI keeps `<state>/versions.jsonl`; an action
// keeps `versions.jsonl` on the state branch — whatever the queue backend,
// Sheets included (a Versions tab would put whole article bodies in cells
// that hold at most 50,000 characters; the state branch holds any size).
// Each adapter is loaded on first use: a run that updates nothing never
// loads it (issue 12).
import type { Config } from '../config';
import type { ArticleVersion, VersionStore } from '../ports';
import type { WiringContext } from './data-plane';
import { gitHubOptions } from './github-options';

function lazy(make: () => Promise<VersionStore>): VersionStore {
  let store: Promise<VersionStore> | undefined;
  const get = () => {
    store ??= make().catch((error) => {
      store = undefined;
      throw error;
    });
    return store;
  };
  return {
    append: async (version: ArticleVersion) => (await get()).append(version),
    latest: async (itemId: string) => (await get()).latest(itemId),
  };
}

export function buildVersionStore(
  config: Config,
  ctx: WiringContext & { controlPlane: 'local' | 'actions' },
): VersionStore {
  if (ctx.controlPlane === 'local') {
    return lazy(async () => {
      const { JsonlVersionStore } = await import('../adapters/local/versions-jsonl');
      return new JsonlVersionStore({ stateDir: ctx.paths.root, log: ctx.log });
    });
  }
  return lazy(async () => {
    const { GitHubRepoVersionStore } = await import('../adapters/github/repo-versions');
    return new GitHubRepoVersionStore({ ...gitHubOptions(config, ctx), branch: config.stateBranch, logger: ctx.log });
  });
}
