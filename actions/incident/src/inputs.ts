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
