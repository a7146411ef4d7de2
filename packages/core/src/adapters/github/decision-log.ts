// The decision log as a repository file (default config/decision_log.json)
// through the contents API: a commit only when the content changes.
import type { DecisionLogDoc } from '../../model';
import type { DecisionLog } from '../../ports';
import { formatDecisionLog, parseDecisionLog, sameDecisionLog } from '../local/decision-log-json';
import { type GitHubOptions, gitHubContext } from './client';
import { GitHubRepoFile } from './repo-file';

export const DEFAULT_DECISION_LOG_PATH = 'config/decision_log.json';

export class GitHubDecisionLog implements DecisionLog {
  private readonly file: GitHubRepoFile;

  constructor(options: GitHubOptions & { path?: string }) {
    this.file = new GitHubRepoFile(gitHubContext(options), options.path ?? DEFAULT_DECISION_LOG_PATH);
  }

  async read(): Promise<DecisionLogDoc> {
    const current = await this.file.read();
    return current ? parseDecisionLog(current.text, this.file.where) : { last_decision: null, history: [] };
  }

  async write(doc: DecisionLogDoc): Promise<{ changed: boolean }> {
    const decision = doc.last_decision?.decision ?? 'none';
    return this.file.update(
      (current) => (sameDecisionLog(current, doc) ? undefined : formatDecisionLog(doc)),
      `chore(autopilot): decision log — ${decision} [skip ci]`,
    );
  }
}
