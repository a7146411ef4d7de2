// Reconcile as the hosts run it: the reconcile service, then the
// cost-budget incident kept in step with the day's spend.
import { costBudgetAlert } from '../domain/cost-budget';
import type { IncidentPolicy } from '../domain/incident';
import { errorMessage } from '../errors';
import type { IncidentTracker, Notifier } from '../ports';
import { type IncidentAction, runIncident } from './incident';
import { type ReconcileDeps, type ReconcileOptions, type ReconcileResult, runReconcile } from './reconcile';

export const COST_BUDGET_KEY = 'cost-budget';

export interface ReconcileAlertDeps extends ReconcileDeps {
  incidents: IncidentTracker;
  notifier?: Notifier;
  redact: (text: string) => string;
}

export interface ReconcileAlertResult extends ReconcileResult {
  costIncident: IncidentAction | 'none';
  costIncidentError?: string;
}

export async function runReconcileWithAlerts(
  deps: ReconcileAlertDeps,
  options: ReconcileOptions & {
    runId?: string;
    /** The run's trace id: on the incident body and its notification. */
    traceId?: string;
    runUrl?: string;
    incidentPolicy?: Partial<IncidentPolicy>;
  },
): Promise<ReconcileAlertResult> {
  const result = await runReconcile(deps, options);
  const budget = options.policy?.dailyCostBudgetUsd;
  const alert = costBudgetAlert(result.metrics.costLast24hUsd, budget);
  if (alert === 'none' || options.dryRun) return { ...result, costIncident: 'none' };
  try {
    const outcome = await runIncident(deps, {
      action: alert === 'open' ? 'open' : 'resolve',
      key: COST_BUDGET_KEY,
      title: 'Daily LLM cost over budget',
      body:
        alert === 'open'
          ? `The last 24 hours cost $${result.metrics.costLast24hUsd.toFixed(2)}, over the daily budget of $${budget?.toFixed(2)}. Reconcile recommends pause_and_review.`
          : `The last 24 hours cost $${result.metrics.costLast24hUsd.toFixed(2)}, within the daily budget of $${budget?.toFixed(2)}.`,
      severity: 'high',
      now: options.now,
      policy: options.incidentPolicy,
      runId: options.runId,
      runUrl: options.runUrl,
      traceId: options.traceId,
    });
    return { ...result, costIncident: outcome.action };
  } catch (error) {
    deps.log.warn(`cost-budget incident not updated: ${errorMessage(error)}`);
    return { ...result, costIncident: 'none', costIncidentError: errorMessage(error) };
  }
}
