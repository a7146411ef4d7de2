// The cost-budget incident's rule: open while the last 24 hours cost more
// than the daily budget, resolve once a day comes in under it.
export function costBudgetAlert(costLast24hUsd: number, budgetUsd: number | undefined): 'open' | 'resolve' | 'none' {
  if (budgetUsd === undefined) return 'none';
  return costLast24hUsd > budgetUsd ? 'open' : 'resolve';
}
