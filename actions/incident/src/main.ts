// incident: open / update / resolve one incident by key, as a GitHub Issue
// (one open issue per key, repeats throttled, reopen soon after closing),
// every text redacted, with a notification on change.
import { runAction } from '@autopilot/core/host/action';
import { incidentSummary } from '@autopilot/core/host/summaries';
import * as core from '@autopilot/core/host/toolkit';
import { runIncident } from '@autopilot/core/services/incident';
import { buildGitHubControlPlane } from '@autopilot/core/wiring/control-plane-github';
import { incidentRequestFrom } from '@autopilot/core/wiring/options';
import { statePaths } from '@autopilot/core/wiring/paths';
import { INPUTS } from './inputs';

export async function run(): Promise<void> {
  await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
    const control = buildGitHubControlPlane(config, { paths: statePaths(config.state), log, redact, env });
    const request = { ...incidentRequestFrom(config, { now: new Date(), runId: env.GITHUB_RUN_ID }), traceId };
    const outcome = await runIncident(
      { incidents: control.incidents, notifier: control.notifier, redact, log },
      request,
    );
    output('action-taken', outcome.action);
    output('incident-number', outcome.incident?.id ?? '');
    output('incident-url', outcome.incident?.url ?? '');
    output('state', outcome.incident?.state ?? '');
    await core.summary.addRaw(redact(incidentSummary(request, outcome))).write();
  });
}
