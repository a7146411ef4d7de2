// The decision log as `decision_log.json` on the state branch (never the
// default branch: rulesets protect it), through the contents API: a commit
// only when the content changes. A write is measured against the document
// we read: when the file changed meanwhile (another reconcile, a human's
// edit), our evaluation is re-applied to the new document instead of
// overwriting it with our stale copy — the human's edit is kept.
import { applyDecision } from '../../domain/reconcile/decision-log';
import { ServiceError } from '../../errors';
import type { DecisionLogDoc } from '../../model';
import type { DecisionLog } from '../../ports';
import { formatDecisionLog, parseDecisionLog, sameDecisionLog } from '../local/decision-log-text';
import type { GitHubRepoFile } from './repo-file';
import { type RepoStateOptions, stateFile } from './state-branch';

export const DEFAULT_DECISION_LOG_PATH = 'decision_log.json';

const canonical = (value: unknown) => JSON.stringify(value ?? null);

/**
 * Our change (`base` → `ours`) re-applied to `theirs`, the document as it is
 * now. Reconcile's change is an evaluation (`last_evaluation`, and
 * `last_decision` when the decision changed): applied as reconcile applies
 * it (history grows only on a change), keeping whatever else the other
 * writer did. Any other change cannot be merged safely: undefined.
 */
export function rebaseDecisionLog(
  base: DecisionLogDoc,
  ours: DecisionLogDoc,
  theirs: DecisionLogDoc,
): DecisionLogDoc | undefined {
  if (canonical(theirs) === canonical(base)) return ours;
  const entry = ours.last_evaluation ?? ours.last_decision;
  const before = base.last_evaluation ?? base.last_decision;
  if (!entry || canonical(entry) === canonical(before)) return undefined;
  // Trim the history only as far as ours was trimmed.
  const trimmed = ours.history.length < base.history.length + 1;
  return applyDecision(theirs, entry, trimmed ? ours.history.length : Number.MAX_SAFE_INTEGER);
}

export class GitHubDecisionLog implements DecisionLog {
  readonly file: GitHubRepoFile;
  /** The document as we last read it: what a write's change is measured from. */
  private base: DecisionLogDoc | undefined;

  constructor(options: RepoStateOptions) {
    this.file = stateFile(options, DEFAULT_DECISION_LOG_PATH);
  }

  get where(): string {
    return this.file.where;
  }

  async read(): Promise<DecisionLogDoc> {
    const current = await this.file.read();
    const doc = current ? parseDecisionLog(current.text, this.file.where) : { last_decision: null, history: [] };
    this.base = doc;
    return doc;
  }

  async write(doc: DecisionLogDoc): Promise<{ changed: boolean }> {
    const decision = doc.last_decision?.decision ?? 'none';
    const base = this.base;
    const { changed } = await this.file.transact((text) => {
      const theirs =
        text === undefined ? { last_decision: null, history: [] } : parseDecisionLog(text, this.file.where);
      const next = base === undefined ? doc : rebaseDecisionLog(base, doc, theirs);
      if (next === undefined) {
        throw new ServiceError(
          'GitHub',
          `${this.file.where} changed since it was read, and this change cannot be re-applied to the new version; nothing was overwritten — read it again and redo the change`,
        );
      }
      return { text: sameDecisionLog(text, next) ? undefined : formatDecisionLog(next), result: next };
    }, `chore(autopilot): decision log — ${decision} [skip ci]`);
    return { changed };
  }
}
