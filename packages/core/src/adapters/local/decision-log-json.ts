// The decision log (DESIGN §4): reconcile's memory, read by the supervisor.
// Shared parse/format helpers serve the repository-file adapter too. Unknown
// keys a human added are kept (loose objects), never silently dropped.
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../errors';
import { DECISIONS, type DecisionLogDoc } from '../../model';
import type { DecisionLog } from '../../ports';
import { formatJson, parseJsonText, readTextIfExists, writeJsonFile } from './json-file';

export const EMPTY_DECISION_LOG: Readonly<DecisionLogDoc> = Object.freeze({ last_decision: null, history: [] });

const entrySchema = z.looseObject({
  decision: z.enum(DECISIONS),
  code: z.string().optional(),
  reason: z.string(),
  at: z.string(),
  metrics: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  by: z.string(),
});

// last_evaluation is optional: files written before it existed still read (the last decision is then current).
const docSchema = z.looseObject({
  last_decision: entrySchema.nullable().default(null),
  last_evaluation: entrySchema.nullable().optional(),
  history: z.array(entrySchema).default([]),
});

const EXPECTED =
  '{"last_decision": {decision, reason, at, metrics, by} | null, "last_evaluation": {…} | null, "history": [...]}';

/** Parse the log's text; `where` names the file in messages. Empty text is an empty log. */
export function parseDecisionLog(text: string, where: string): DecisionLogDoc {
  if (!text.trim()) return { last_decision: null, history: [] };
  const parsed = docSchema.safeParse(parseJsonText(text, where, EXPECTED));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(the top level)';
    throw new UserError(`${where}: field "${field}" ${issue?.message ?? 'is invalid'}; expected ${EXPECTED}`);
  }
  return parsed.data as DecisionLogDoc;
}

export const formatDecisionLog = (doc: DecisionLogDoc): string => formatJson(doc);

/** Same content, whatever the formatting of the file: parse both and compare canonically. */
export function sameDecisionLog(currentText: string | undefined, doc: DecisionLogDoc): boolean {
  if (currentText === undefined) return false;
  try {
    return JSON.stringify(JSON.parse(currentText)) === JSON.stringify(doc);
  } catch {
    return false;
  }
}

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
