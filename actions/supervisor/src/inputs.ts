// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
export const INPUTS = [
  'dry-run',
  'github-token',
  'repository',
  'workflow-file',
  'workflow-ref',
  'decision-log-path',
  'failure-threshold',
  'health-window',
  'review-window-hours',
  'dead-letter-threshold',
  'stall-after-hours',
  'repeat-interval-hours',
  'reopen-window-hours',
  'require-approval',
  'timezone',
  'heartbeat-source',
  'heartbeat-file',
  'heartbeat-url',
  'heartbeat-timeout',
  'max-age-minutes',
  'dead-after-hours',
  'future-tolerance-seconds',
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
      'Token for every API call of the supervisor: write WF_ENABLED and ALLOW_PUBLISH (variables: write), read and dispatch the publish workflow (actions: write), open and resolve incidents (issues: write), read the decision log, heartbeat and queue on state-branch (contents: read; write with queue-backend repo, to recover expired leases). GITHUB_TOKEN cannot write variables: pass a GitHub App token or a fine-grained PAT (AUTOPILOT_TOKEN)',
  },
  'dry-run': {
    description:
      'Print the decision and the effects it would have (switches, dispatch, incidents, lease recovery), changing none of them',
  },
  'decision-log-path': {
    description: "Path on state-branch of the decision log the supervisor reads reconcile's last decision from",
  },
  'require-approval': {
    description:
      "Count as eligible only the rows the executor would take: give it the executor's require-approval value",
  },
};
