// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
export const INPUTS = [
  'mode',
  'max-items',
  'concurrency',
  'shard',
  'time-budget',
  'lease',
  'max-attempts',
  'max-fix-passes',
  'require-approval',
  'timezone',
  'backoff',
  'backoff-jitter',
  'title-max',
  'summary-max',
  'body-min-words',
  'body-max-words',
  'headings-after-words',
  'banned-phrases',
  'meta-title-max',
  'meta-description-min',
  'meta-description-max',
  'require-image',
  'reading-ease-min',
  'reading-ease-max',
  'near-duplicate-threshold',
  'content-root',
  'state',
  'log-format',
  'request-timeout',
  'github-token',
  'repository',
  'queue-backend',
  'state-branch',
  'sheets-id',
  'sheets-queue-tab',
  'sheets-runlog-tab',
  'google-service-account-json',
  'google-oauth-access-token',
  'sheets-api-url',
  'sheets-requests-per-minute',
  'shopify-store-domain',
  'shopify-admin-token',
  'shopify-client-id',
  'shopify-client-secret',
  'shopify-api-version',
  'shopify-blog-handle',
  'shopify-author',
  'shopify-api-url',
  'llm-base-url',
  'llm-api-key',
  'llm-model',
  'llm-control-prompt',
  'config-file',
  'slack-webhook-url',
  'notify-webhook-url',
  'metrics-file',
] as const;

/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
export const OVERRIDES: Readonly<Record<string, { required?: true; description?: string }>> = {
  'github-token': {
    description:
      "Token for the repository queue (queue-backend repo): reads and writes queue.csv and run_log.csv on state-branch, so it needs contents: write (the workflow's GITHUB_TOKEN with that permission is enough); unused with the Sheets or local queue",
  },
  repository: {
    description:
      "Repository whose state-branch holds the repository queue, as owner/name (unset: the workflow's own, GITHUB_REPOSITORY)",
  },
};
