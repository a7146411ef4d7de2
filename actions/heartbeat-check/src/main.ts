// heartbeat-check: does a local runner own the pipeline right now? Reads the
// heartbeat (file, URL or repository variable), classifies it, and outputs
// active=true only for a healthy or warn heartbeat. A missing, malformed,
// future or unreachable heartbeat is a warning, never a crash.
import type { Config } from '@autopilot/core/config';
import { errorMessage } from '@autopilot/core/errors';
import { runAction } from '@autopilot/core/host/action';
import { heartbeatSummary } from '@autopilot/core/host/summaries';
import * as core from '@autopilot/core/host/toolkit';
import type { IncidentTracker, Logger } from '@autopilot/core/ports';
import { checkHeartbeat } from '@autopilot/core/services/heartbeat-check';
import { gitHubOptions } from '@autopilot/core/wiring/github-options';
import { buildHeartbeatSource } from '@autopilot/core/wiring/heartbeat-source';
import { statePaths } from '@autopilot/core/wiring/paths';
import { INPUTS } from './inputs';

export async function run(): Promise<void> {
  await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
    const paths = statePaths(config.state);
    // The checkout's local_heartbeat.json by default: the file the local runner pushes.
    const source = buildHeartbeatSource(config, { paths, env, log }, { inCheckout: true });
    const incidents = config.expectLocal ? await incidentTracker(config, log, redact) : undefined;
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

/**
 * The heartbeat-stale incident's tracker; without a token or repository, a
 * warning and none (the check still answers). Its adapter (and Octokit) is
 * loaded only here, when expect-local asks for it.
 */
async function incidentTracker(
  config: Config,
  log: Logger,
  redact: (text: string) => string,
): Promise<IncidentTracker | undefined> {
  if (!config.githubToken) {
    core.warning('expect-local is true but github-token is not set: the heartbeat-stale incident cannot be filed');
    return undefined;
  }
  try {
    const { GitHubIncidentTracker } = await import('@autopilot/core/adapters/github/incidents');
    return new GitHubIncidentTracker({ ...gitHubOptions(config, { log }), redact });
  } catch (error) {
    core.warning(redact(`heartbeat-stale incident cannot be filed: ${errorMessage(error)}`));
    return undefined;
  }
}
