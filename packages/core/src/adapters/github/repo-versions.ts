// The versions journal on GitHub: `versions.jsonl` on the state branch (never
// the default branch), the same lines as the local journal. Each append is a
// compare-and-set write of the file (repo-file.ts): a concurrent append is
// re-read and ours added on top, and a write whose answer was lost is looked
// up before it is repeated, so no version is kept twice.

import type { ArticleVersion, Logger, VersionStore } from '../../ports';
import { formatVersionLine, latestVersionIn, VERSIONS_FILE } from '../local/versions-jsonl';
import type { GitHubRepoFile } from './repo-file';
import { type RepoStateOptions, stateFile } from './state-branch';

export class GitHubRepoVersionStore implements VersionStore {
  readonly file: GitHubRepoFile;
  private readonly log: Logger | undefined;

  constructor(options: RepoStateOptions) {
    this.file = stateFile(options, VERSIONS_FILE);
    this.log = options.logger;
  }

  async append(version: ArticleVersion): Promise<void> {
    const line = formatVersionLine(version);
    await this.file.transact(
      (text) => {
        const current = text ?? '';
        const sep = current === '' || current.endsWith('\n') ? '' : '\n';
        return { text: `${current}${sep}${line}\n`, result: undefined };
      },
      `chore(autopilot): version of ${version.item_id} kept [skip ci]`,
      { optimistic: true },
    );
  }

  async latest(itemId: string): Promise<ArticleVersion | undefined> {
    const current = await this.file.read();
    return current ? latestVersionIn(current.text, itemId, this.file.where, this.log) : undefined;
  }
}
