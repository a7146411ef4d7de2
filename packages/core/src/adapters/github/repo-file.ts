// A text file in the repository through the contents API: read at a branch,
// write with the sha we read (compare-and-set). A sha conflict (409, or 422
// when the file appeared meanwhile) re-reads and retries once.
import { ServiceError } from '../../errors';
import type { GitHubContext } from './client';
import { gitHubError, httpStatus } from './errors';

export interface RepoFileVersion {
  text: string;
  sha: string;
}

export class GitHubRepoFile {
  constructor(
    private readonly ctx: GitHubContext,
    readonly path: string,
  ) {}

  /** Where the file is, for messages: `owner/repo:path@ref`. */
  get where(): string {
    return `${this.ctx.owner}/${this.ctx.repo}:${this.path}@${this.ctx.ref}`;
  }

  /** The file's text and sha; undefined when it does not exist. */
  async read(): Promise<RepoFileVersion | undefined> {
    const { client, owner, repo, ref } = this.ctx;
    let data: unknown;
    try {
      ({ data } = await client.rest.repos.getContent({ owner, repo, path: this.path, ref }));
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw gitHubError(error, `read ${this.where}`);
    }
    const file = data as { type?: string; content?: string; encoding?: string; sha?: string };
    if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
      throw new ServiceError(
        'GitHub',
        `${this.where} is not a file (got ${Array.isArray(data) ? 'a folder' : file.type})`,
      );
    }
    if (file.encoding !== 'base64' || typeof file.content !== 'string') {
      // Files over 1 MB come back without content (encoding "none").
      throw new ServiceError('GitHub', `${this.where} came back without base64 content (encoding ${file.encoding})`);
    }
    return { text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha };
  }

  /**
   * Write what `next` makes of the current text (undefined when the file is
   * missing); `next` returns undefined to leave the file as it is.
   */
  async update(
    next: (current: string | undefined) => string | undefined,
    message: string,
  ): Promise<{ changed: boolean }> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.read();
      const text = next(current?.text);
      if (text === undefined || text === current?.text) return { changed: false };
      try {
        await this.put(text, message, current?.sha);
        return { changed: true };
      } catch (error) {
        const status = httpStatus(error);
        if (attempt < 2 && (status === 409 || status === 422)) {
          this.ctx.log?.warn(`${this.where} changed while we wrote it (HTTP ${status}); re-reading once`);
          continue;
        }
        throw gitHubError(error, `write ${this.where}`);
      }
    }
  }

  private async put(text: string, message: string, sha: string | undefined): Promise<void> {
    const { client, owner, repo, ref } = this.ctx;
    await client.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: this.path,
      branch: ref,
      message,
      content: Buffer.from(text, 'utf8').toString('base64'),
      ...(sha ? { sha } : {}),
    });
  }
}
