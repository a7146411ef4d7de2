// The decision log's text: parse, check, format, compare. Shared by the
// state-folder file (decision-log-json.ts) and the state branch's file
// (github/decision-log.ts). Unknown keys a human added are kept, never
// silently dropped.
//
// Checked by hand rather than with zod: the supervisor and reconcile read
// this file on every tick, and zod's module was the largest single part of
// their start-up (issue 12). Two flat shapes, each field one test.
import { UserError } from '../../errors';
import { DECISIONS, type DecisionEntry, type DecisionLogDoc } from '../../model';
import { formatJson, parseJsonText } from './json-file';

export const EMPTY_DECISION_LOG: Readonly<DecisionLogDoc> = Object.freeze({ last_decision: null, history: [] });

const EXPECTED =
  '{"last_decision": {decision, reason, at, metrics, by} | null, "last_evaluation": {…} | null, "history": [...]}';

type Problem = { field: string; message: string };
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first problem of an entry at `path`, or undefined. */
function entryProblem(value: unknown, path: string): Problem | undefined {
  if (!isRecord(value)) return { field: path, message: 'is not an object' };
  if (!(DECISIONS as readonly unknown[]).includes(value.decision)) {
    return { field: `${path}.decision`, message: `is not one of ${DECISIONS.join(', ')}` };
  }
  if (value.code !== undefined && typeof value.code !== 'string')
    return { field: `${path}.code`, message: 'is not text' };
  for (const key of ['reason', 'at', 'by'] as const) {
    if (typeof value[key] !== 'string') return { field: `${path}.${key}`, message: 'is not text' };
  }
  if (!isRecord(value.metrics)) return { field: `${path}.metrics`, message: 'is not an object' };
  for (const [key, metric] of Object.entries(value.metrics)) {
    const ok = metric === null || typeof metric === 'string' || (typeof metric === 'number' && Number.isFinite(metric));
    if (!ok) return { field: `${path}.metrics.${key}`, message: 'is not a number, text or null' };
  }
  return undefined;
}

function docProblem(doc: Record<string, unknown>): Problem | undefined {
  for (const key of ['last_decision', 'last_evaluation'] as const) {
    const entry = doc[key];
    if (entry !== undefined && entry !== null) {
      const problem = entryProblem(entry, key);
      if (problem) return problem;
    }
  }
  if (doc.history === undefined) return undefined;
  if (!Array.isArray(doc.history)) return { field: 'history', message: 'is not a list' };
  for (const [i, entry] of doc.history.entries()) {
    const problem = entryProblem(entry, `history.${i}`);
    if (problem) return problem;
  }
  return undefined;
}

/** Parse the log's text; `where` names the file in messages. Empty text is an empty log. */
export function parseDecisionLog(text: string, where: string): DecisionLogDoc {
  if (!text.trim()) return { last_decision: null, history: [] };
  const raw = parseJsonText(text, where, EXPECTED);
  if (!isRecord(raw)) throw new UserError(`${where}: field "(the top level)" is not an object; expected ${EXPECTED}`);
  const problem = docProblem(raw);
  if (problem) throw new UserError(`${where}: field "${problem.field}" ${problem.message}; expected ${EXPECTED}`);
  // Absent keys read as their defaults; every other key is kept as written.
  return {
    ...raw,
    last_decision: (raw.last_decision as DecisionEntry | null | undefined) ?? null,
    history: (raw.history as DecisionEntry[] | undefined) ?? [],
  } as DecisionLogDoc;
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
