// incident: open / update / resolve one incident by key, as a GitHub Issue
// (one open issue per key, repeats throttled, reopen soon after closing),
// every text redacted, with a notification on change.
import * as core from '@actions/core';
import {
  buildControlPlane,
  incidentRequestFrom,
  incidentSummary,
  runAction,
  runIncident,
  statePaths,
} from '@autopilot/core';
import { INPUTS } from './inputs';

export async function run(): Promise<void> {
  await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
    const control = buildControlPlane(config, { paths: statePaths(config.state), log, redact, env }, 'github');
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
