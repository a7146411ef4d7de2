// The heartbeat on GitHub: as `local_heartbeat.json` on the state branch,
// written through the contents API (GitHubHeartbeatFile: heartbeat-source
// `branch`), or as the LOCAL_HEARTBEAT repository variable whose value is the
// heartbeat's JSON (GitHubVariableHeartbeat).
import { parseHeartbeat } from '../../domain/heartbeat';
import type { Heartbeat } from '../../model';
import type { HeartbeatRead, HeartbeatSink, HeartbeatSource } from '../../ports';
import { formatHeartbeat } from '../local/heartbeat-file';
import { type GitHubContext, type GitHubOptions, gitHubContext } from './client';
import type { GitHubRepoFile } from './repo-file';
import { type RepoStateOptions, stateFile } from './state-branch';
import { GitHubVariableStore } from './variables';

export const DEFAULT_HEARTBEAT_PATH = 'local_heartbeat.json';
export const HEARTBEAT_VARIABLE = 'LOCAL_HEARTBEAT';

/** A source failure that is not the heartbeat's fault (network, permissions) reads as unreachable. */
function unreachable(error: unknown, source: string): HeartbeatRead {
  return { ok: false, reason: 'unreachable', detail: (error as Error).message ?? String(error), source };
}

export class GitHubHeartbeatFile implements HeartbeatSource, HeartbeatSink {
  readonly file: GitHubRepoFile;

  /** On the state branch (`branch`, default autopilot-state), created on the first write. */
  constructor(options: RepoStateOptions) {
    this.file = stateFile(options, DEFAULT_HEARTBEAT_PATH);
  }

  get where(): string {
    return this.file.where;
  }

  async read(): Promise<HeartbeatRead> {
    const source = `repository file ${this.file.where}`;
    try {
      const current = await this.file.read();
      if (!current) return { ok: false, reason: 'missing', detail: 'the file does not exist on the branch', source };
      return parseHeartbeat(current.text, source);
    } catch (error) {
      return unreachable(error, source);
    }
  }

  /** `[skip ci]`: a heartbeat commit every few minutes must not start push workflows. */
  async write(heartbeat: Heartbeat): Promise<void> {
    // One writer (the local runner) renews it: try the write on the version we last wrote, one request.
    await this.file.transact(
      () => ({ text: formatHeartbeat(heartbeat), result: undefined }),
      `chore(autopilot): heartbeat ${heartbeat.owner} ${heartbeat.iso} [skip ci]`,
      { optimistic: true },
    );
  }
}

export class GitHubVariableHeartbeat implements HeartbeatSource, HeartbeatSink {
  private readonly ctx: GitHubContext;
  private readonly variables: GitHubVariableStore;
  readonly name: string;

  constructor(options: GitHubOptions & { name?: string }) {
    this.ctx = gitHubContext(options);
    this.variables = new GitHubVariableStore({ ...options, client: this.ctx.client });
    this.name = options.name ?? HEARTBEAT_VARIABLE;
  }

  async read(): Promise<HeartbeatRead> {
    const source = `repository variable ${this.name} of ${this.ctx.owner}/${this.ctx.repo}`;
    try {
      const value = await this.variables.get(this.name);
      if (value === undefined) return { ok: false, reason: 'missing', detail: 'the variable does not exist', source };
      return parseHeartbeat(value, source);
    } catch (error) {
      return unreachable(error, source);
    }
  }

  async write(heartbeat: Heartbeat): Promise<void> {
    // One line: variable values are shown in the settings UI and in `vars` as is.
    await this.variables.set(this.name, JSON.stringify(JSON.parse(formatHeartbeat(heartbeat))));
  }
}
