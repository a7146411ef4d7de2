// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
export const INPUTS = [
  'action',
  'key',
  'title',
  'body',
  'severity',
  'labels',
  'github-token',
  'repository',
  'repeat-interval-hours',
  'reopen-window-hours',
  'state',
  'log-format',
  'request-timeout',
  'slack-webhook-url',
  'notify-webhook-url',
] as const;

/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
export const OVERRIDES: Readonly<Record<string, { required?: true; description?: string }>> = {
  action: { required: true },
  key: { required: true },
  'github-token': {
    required: true,
    description:
      "Token that files, comments on, reopens and closes the incident issue: it needs issues: write (the workflow's GITHUB_TOKEN with that permission is enough)",
  },
};
