// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
export const INPUTS = [
  'github-token',
  'repository',
  'workflow-ref',
  'decision-log-path',
  'window-hours',
  'trend-days',
  'min-samples',
  'pause-failure-rate',
  'review-failure-rate',
  'block-rate-threshold',
  'daily-cost-budget',
  'history-limit',
  'dry-run',
  'repeat-interval-hours',
  'reopen-window-hours',
  'state',
  'log-format',
  'request-timeout',
  'queue-backend',
  'state-branch',
  'sheets-id',
  'sheets-queue-tab',
  'sheets-runlog-tab',
  'google-service-account-json',
  'google-oauth-access-token',
  'sheets-api-url',
  'sheets-requests-per-minute',
  'slack-webhook-url',
  'notify-webhook-url',
] as const;

/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
export const OVERRIDES: Readonly<Record<string, { required?: true; description?: string }>> = {
  'github-token': {
    required: true,
    description:
      "Token that writes the decision log on state-branch (contents: write), reads the repository queue and run log there (queue-backend repo) and files the cost-budget incident (issues: write); the workflow's GITHUB_TOKEN with those permissions is enough",
  },
  'dry-run': {
    description:
      'Compute and print the metrics and the recommendation without writing the decision log or touching incidents',
  },
  'decision-log-path': {
    description: 'Path on state-branch of the decision log reconcile writes; the supervisor reads the same file',
  },
};
