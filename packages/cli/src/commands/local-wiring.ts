// The control plane on the embedded default: local files, and a dispatcher
// that runs the executor in-process.
import {
  buildControlPlane,
  buildDataPlane,
  buildHeartbeatSource,
  createLocalDispatcher,
  jsonFileMemory,
  type SupervisorDeps,
} from '@autopilot/core';
import type { CliContext } from '../context';
import { runExecutorFor } from './executor';

export async function localSupervisorDeps(
  ctx: CliContext,
  onRun?: (result: Awaited<ReturnType<typeof runExecutorFor>>) => void,
): Promise<SupervisorDeps> {
  const control = buildControlPlane(ctx.config, ctx.wiring, 'local');
  const data = await buildDataPlane(ctx.config, ctx.wiring);
  const dispatcher = createLocalDispatcher({
    runs: control.runs,
    run: async (mode) => {
      const result = await runExecutorFor(ctx, mode);
      onRun?.(result);
      return { run_id: result.run_id };
    },
    staleAfterMs: (ctx.config.timeBudget + ctx.config.lease) * 1000,
    now: ctx.now,
  });
  return {
    queue: data.queue,
    runs: control.runs,
    dispatcher,
    vars: control.vars,
    decisions: control.decisions,
    heartbeat: buildHeartbeatSource(ctx.config, ctx.wiring),
    incidents: control.incidents,
    notifier: control.notifier,
    log: ctx.log,
    redact: ctx.redact,
    state: jsonFileMemory(ctx.paths.supervisorMemory),
  };
}
