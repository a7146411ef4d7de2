// The decision log (DESIGN §4): reconcile's memory, read by the supervisor.
// The text's parse and format are in decision-log-text.ts (shared with the
// state branch's file).
import { join } from 'node:path';
import { UserError } from '../../errors';
import type { DecisionLogDoc } from '../../model';
import type { DecisionLog } from '../../ports';
import { parseDecisionLog, sameDecisionLog } from './decision-log-text';
import { readTextIfExists, writeJsonFile } from './json-file';

export {
  EMPTY_DECISION_LOG,
  formatDecisionLog,
  parseDecisionLog,
  sameDecisionLog,
} from './decision-log-text';

export class JsonDecisionLog implements DecisionLog {
  readonly path: string;

  /** `path` wins; else `<stateDir>/decision_log.json`. */
  constructor(options: { stateDir?: string; path?: string }) {
    const path =
      options.path ?? (options.stateDir !== undefined ? join(options.stateDir, 'decision_log.json') : undefined);
    if (!path) throw new UserError('JsonDecisionLog needs a path or a stateDir');
    this.path = path;
  }

  async read(): Promise<DecisionLogDoc> {
    const text = await readTextIfExists(this.path);
    return text === undefined ? { last_decision: null, history: [] } : parseDecisionLog(text, this.path);
  }

  async write(doc: DecisionLogDoc): Promise<{ changed: boolean }> {
    if (sameDecisionLog(await readTextIfExists(this.path), doc)) return { changed: false };
    await writeJsonFile(this.path, doc);
    return { changed: true };
  }
}
