// The decision log is the pipeline's memory of decisions: `history` and
// `last_decision` change only when the decision does, while
// `last_evaluation` holds reconcile's latest run (time, window, metrics), so
// whoever shows "the current decision" shows current numbers, not those of
// the last change.
import type { DecisionEntry, DecisionLogDoc } from '../../model';

export const DEFAULT_HISTORY_LIMIT = 50;

export function decisionChanged(doc: DecisionLogDoc, entry: DecisionEntry): boolean {
  return doc.last_decision?.decision !== entry.decision;
}

/**
 * The next document: the entry always becomes `last_evaluation`; on a change
 * of decision it also becomes `last_decision` and joins the (bounded,
 * oldest-first) history.
 */
export function applyDecision(
  doc: DecisionLogDoc,
  entry: DecisionEntry,
  historyLimit = DEFAULT_HISTORY_LIMIT,
): DecisionLogDoc {
  if (!decisionChanged(doc, entry)) return { ...doc, last_evaluation: entry };
  return {
    ...doc,
    last_decision: entry,
    last_evaluation: entry,
    history: [...doc.history, entry].slice(-Math.max(1, historyLimit)),
  };
}

/**
 * What is current: the newer of the latest evaluation and the last decision
 * (a human may write `last_decision` by hand after reconcile's last run; the
 * later one stands). A log without `last_evaluation` (older files) gives its
 * last decision.
 */
export function currentDecision(doc: DecisionLogDoc): DecisionEntry | null {
  const evaluation = doc.last_evaluation ?? null;
  const decision = doc.last_decision ?? null;
  if (!evaluation) return decision;
  if (!decision) return evaluation;
  const evaluatedAt = Date.parse(evaluation.at);
  const decidedAt = Date.parse(decision.at);
  if (!Number.isNaN(decidedAt) && (Number.isNaN(evaluatedAt) || decidedAt > evaluatedAt)) return decision;
  return evaluation;
}
