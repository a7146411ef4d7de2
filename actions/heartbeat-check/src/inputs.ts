// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
export const INPUTS = [
  'heartbeat-source',
  'heartbeat-file',
  'heartbeat-url',
  'heartbeat-timeout',
  'max-age-minutes',
  'dead-after-hours',
  'future-tolerance-seconds',
  'expect-local',
  'stale-grace-minutes',
  'repeat-interval-hours',
  'reopen-window-hours',
  'github-token',
  'repository',
  'state',
  'log-format',
] as const;
