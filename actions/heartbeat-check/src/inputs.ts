// The inputs this action reads: exactly those declared in action.yml (a test checks both ways).
export const INPUTS = [
  'heartbeat-source',
  'state-branch',
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
  'request-timeout',
] as const;

/**
 * Where this action differs from the setting catalogue: inputs it cannot run
 * without, and what an input means here when that differs per action
 * (scripts/print-action-inputs.ts generates action.yml from both).
 */
export const OVERRIDES: Readonly<Record<string, { required?: true; description?: string }>> = {
  'github-token': {
    description:
      "Token that reads local_heartbeat.json on state-branch (heartbeat-source branch: contents: read) and files heartbeat-stale when expect-local is true (issues: write); the workflow's GITHUB_TOKEN with those permissions is enough. Without it, the check warns and skips both",
  },
};
