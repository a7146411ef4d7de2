// The decision log is the pipeline's memory of decisions, not a metrics
// store: a run that reaches the same decision leaves the document as it is,
// so the file (a repository commit on GitHub) changes only when the decision
// does. The current metrics go to the job summary and outputs instead.
import type { DecisionEntry, DecisionLogDoc } from '../../model';

export const DEFAULT_HISTORY_LIMIT = 50;

export function decisionChanged(doc: DecisionLogDoc, entry: DecisionEntry): boolean {
  return doc.last_decision?.decision !== entry.decision;
}

/** The next document: the entry becomes last_decision and joins the (bounded, oldest-first) history on a change. */
export function applyDecision(
  doc: DecisionLogDoc,
  entry: DecisionEntry,
  historyLimit = DEFAULT_HISTORY_LIMIT,
): DecisionLogDoc {
  if (!decisionChanged(doc, entry)) return doc;
  return { last_decision: entry, history: [...doc.history, entry].slice(-Math.max(1, historyLimit)) };
}
