// A decision-log entry in words, for the places a person reads it (the
// supervisor's summary, the dashboard, the CLI): what reconcile decided,
// why, when, over which window, and the few numbers that matter. Pure.
import type { DecisionEntry } from '../../model';
import type { ReconcileReasonCode } from './recommend';

/** What each reason means for publishing, one sentence each. */
export const REASON_MEANING: Record<ReconcileReasonCode, string> = {
  no_data: 'No item was processed in the window, so there is nothing to judge yet.',
  cost_over_budget: 'The LLM cost went over the daily budget: publishing pauses until a human reviews.',
  system_failures_pause:
    'Too many items failed for system reasons (API errors, timeouts, an item error not about the content): publishing pauses.',
  system_failures_review:
    'Some items failed for system reasons (API errors, timeouts, an item error not about the content): the pipeline stays in review mode for now.',
  content_needs_human:
    'The pipeline is healthy, but the gate or a reviewer blocked many drafts: the content needs a human. Blocked drafts never go out, so publishing goes on.',
  healthy: 'The pipeline is healthy: publishing may go on.',
};

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const pct = (value: unknown): string => {
  const n = num(value);
  return n === null ? '—' : `${Math.round(n * 1000) / 10}%`;
};

export interface EvaluationWords {
  /** e.g. "continue_publish (content_needs_human)". */
  headline: string;
  /** What it means, as a sentence (from the code; the reason when the entry has no code). */
  meaning: string;
  /** "Evaluated at … over the window … → …". */
  when: string;
  /** The numbers that matter, as short sentences. */
  numbers: string[];
}

export function evaluationWords(entry: DecisionEntry): EvaluationWords {
  const m = entry.metrics;
  const code = entry.code as ReconcileReasonCode | undefined;
  const window =
    typeof m.window_from === 'string' && typeof m.window_to === 'string'
      ? ` over the window ${m.window_from} → ${m.window_to}`
      : '';
  const numbers: string[] = [];
  const processed = num(m.processed);
  if (processed !== null) numbers.push(`${processed} item outcome${processed === 1 ? '' : 's'} in the window.`);
  if (m.failure_rate !== undefined) {
    const blocked = num(m.system_blocks);
    numbers.push(
      `System failure rate ${pct(m.failure_rate)}${
        blocked ? ` (${blocked} item${blocked === 1 ? '' : 's'} blocked by a system error, not the content)` : ''
      }.`,
    );
  }
  if (m.block_rate !== undefined) {
    const open = num(m.open_blocks);
    const recovered = num(m.recovered);
    numbers.push(
      `Block rate ${pct(m.block_rate)}${open !== null ? ` (${open} blocked, not fixed yet` : ''}${
        open !== null && recovered ? `; ${recovered} fixed and passed since` : ''
      }${open !== null ? ')' : ''}.`,
    );
  }
  if (m.pass_rate !== undefined) numbers.push(`Pass rate ${pct(m.pass_rate)}.`);
  const cost = num(m.cost_last_24h_usd);
  if (cost !== null) numbers.push(`LLM cost in the last 24 h $${cost.toFixed(2)}.`);
  return {
    headline: `${entry.decision}${code ? ` (${code})` : ''}`,
    meaning: (code && REASON_MEANING[code]) || entry.reason,
    when: `Evaluated at ${entry.at}${window} by ${entry.by}.`,
    numbers,
  };
}

/** One paragraph: headline, when (time and window), reason, and the numbers that matter. */
export function describeEvaluation(entry: DecisionEntry): string {
  const words = evaluationWords(entry);
  const numbers = words.numbers.length > 0 ? ` ${words.numbers.join(' ')}` : '';
  return `Reconcile's latest evaluation: ${words.headline}. ${words.when} ${entry.reason}.${numbers}`;
}
