// heartbeat-check: does a local runner own the pipeline right now? Reads the
// heartbeat (file, URL or repository variable), classifies it, and outputs
// active=true only for a healthy or warn heartbeat. A missing, malformed,
// future or unreachable heartbeat is a warning, never a crash.
import * as core from '@actions/core';
import {
  buildHeartbeatSource,
  checkHeartbeat,
  GitHubIncidentTracker,
  gitHubOptions,
  heartbeatSummary,
  runAction,
  statePaths,
} from '@autopilot/core';
import { INPUTS } from './inputs';

export async function run(): Promise<void> {
  await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
    const paths = statePaths(config.state);
    const source = buildHeartbeatSource(config, { paths, env, log });
    // Incidents only when a local runner is expected and there is a token to file them with.
    const incidents =
      config.expectLocal && config.githubToken
        ? new GitHubIncidentTracker({ ...gitHubOptions(config, { log }), redact })
        : undefined;
    const result = await checkHeartbeat(
      { source, incidents, log, redact },
      {
        now: new Date(),
        thresholds: {
          maxAgeMinutes: config.maxAgeMinutes,
          deadAfterHours: config.deadAfterHours,
          futureToleranceSeconds: config.futureToleranceSeconds,
        },
        expectLocal: config.expectLocal,
        staleGraceMinutes: config.staleGraceMinutes,
        incidentPolicy: {
          repeatIntervalHours: config.repeatIntervalHours,
          reopenWindowHours: config.reopenWindowHours,
        },
        runId: env.GITHUB_RUN_ID,
        traceId,
      },
    );
    const c = result.classification;
    output('active', c.active);
    output('level', c.level);
    output('age-seconds', c.ageSeconds ?? '');
    output('owner', c.owner);
    output('reason', c.reason);
    output('incident', result.incidentAction);
    if (c.active)
      core.notice(redact(`local runner ${c.owner} owns the pipeline (${c.level}): the executor is skipped`));
    if (result.incidentError) core.warning(redact(`heartbeat-stale incident not updated: ${result.incidentError}`));
    await core.summary.addRaw(redact(heartbeatSummary(result))).write();
  });
}
