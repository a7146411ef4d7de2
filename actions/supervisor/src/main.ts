// supervisor: every 30 minutes, decide whether and how the pipeline runs —
// disable it when unstable (never re-enable), dispatch review or publish,
// recover expired leases, and keep incidents in step with reality.
import { gitHubRequestCount } from '@autopilot/core/adapters/github/client';
import { runAction } from '@autopilot/core/host/action';
import { supervisorSummary } from '@autopilot/core/host/summaries';
import * as core from '@autopilot/core/host/toolkit';
import { runSupervisor, shortFailure } from '@autopilot/core/services/supervisor';
import { variableMemory } from '@autopilot/core/services/supervisor-memory';
import { buildGitHubControlPlane } from '@autopilot/core/wiring/control-plane-github';
import { buildQueuePlane } from '@autopilot/core/wiring/data-plane';
import { buildHeartbeatSource } from '@autopilot/core/wiring/heartbeat-source';
import { supervisorOptionsFrom } from '@autopilot/core/wiring/options';
import { statePaths } from '@autopilot/core/wiring/paths';
import { INPUTS } from './inputs';

export async function run(): Promise<void> {
  await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
    const paths = statePaths(config.state);
    // 'actions': with no sheets-id, the queue is queue.csv on the state branch (a fresh checkout has no local state).
    const ctx = { paths, log, redact, env, controlPlane: 'actions' as const };
    const control = buildGitHubControlPlane(config, ctx);
    const data = await buildQueuePlane(config, ctx);
    const runId = env.GITHUB_RUN_ID ?? `local-${Date.now()}`;
    const runUrl = env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
    const result = await runSupervisor(
      {
        queue: data.queue,
        runs: control.runs,
        dispatcher: control.dispatcher!,
        vars: control.vars,
        decisions: control.decisions,
        // The checkout's local_heartbeat.json by default, as heartbeat-check reads it.
        heartbeat: buildHeartbeatSource(config, ctx, { inCheckout: true }),
        incidents: control.incidents,
        notifier: control.notifier,
        log,
        redact,
        // "Last notified" survives between runs in a repository variable.
        state: variableMemory(control.vars),
      },
      supervisorOptionsFrom(config, {
        now: new Date(),
        runId,
        runUrl,
        traceId,
      }),
    );
    output('decision', result.decision.code);
    output('reason', result.decision.reason);
    output('dispatched-mode', result.decision.dispatchMode ?? '');
    output('dispatched-run-url', result.dispatched?.url ?? '');
    output('effects', JSON.stringify(result.planned));
    output('dry-run', result.dryRun);
    if (result.decision.code === 'disable_unstable') {
      // A dry run disabled nothing: say what it would do, without a false alarm.
      // For real, say "disabled" only when every switch write was read back.
      const failed = result.disable?.filter((w) => !w.done) ?? [];
      if (result.dryRun) core.warning(redact(`dry run: would disable the pipeline: ${result.decision.reason}`));
      else if (failed.length > 0)
        core.error(
          redact(
            `pipeline NOT disabled: the disable FAILED (${failed.map(shortFailure).join('; ')}); see incident disable-failed`,
          ),
        );
      else core.error(redact(`pipeline disabled: ${result.decision.reason}`));
    }
    await core.summary.addRaw(redact(supervisorSummary(result, gitHubRequestCount()))).write();
    if (result.errors.length > 0) core.setFailed(redact(`supervisor effects failed: ${result.errors.join('; ')}`));
  });
}
