// One trace id per run, so a single id finds every log line, run-log row,
// incident and notification of that run.

// node:crypto is fetched when an id is made, not imported: loading it costs
// several milliseconds, and `autopilot --help` (or a run inside Actions,
// whose id comes from the environment) never needs it (issue 12).
const randomUUID = () => process.getBuiltinModule('node:crypto').randomUUID();

/**
 * In GitHub Actions: `${GITHUB_RUN_ID}-${GITHUB_RUN_ATTEMPT}` (stable across
 * the jobs of one attempt, so every action of the run shares it). Locally: a
 * fresh short random id. `random` is a parameter so tests can pin it.
 */
export function newTraceId(
  env: Readonly<Record<string, string | undefined>>,
  random: () => string = randomUUID,
): string {
  const runId = env.GITHUB_RUN_ID?.trim();
  if (runId) {
    const attempt = env.GITHUB_RUN_ATTEMPT?.trim() || '1';
    return `${runId}-${attempt}`;
  }
  // 12 hex digits (48 random bits) are plenty to tell local runs apart and stay readable.
  return `local-${random().replace(/-/g, '').slice(0, 12)}`;
}
