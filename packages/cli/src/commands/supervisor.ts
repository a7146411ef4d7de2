// `autopilot supervisor [--dry-run] [--json]`: one supervisor tick on the
// embedded default; a dispatch runs the executor in-process.
import { describeEffect, runSupervisor, type SupervisorResult, supervisorOptionsFrom } from '@autopilot/core';
import type { CliContext } from '../context';
import { describeRun, type runExecutorFor } from './executor';
import { localSupervisorDeps } from './local-wiring';

type RunResult = Awaited<ReturnType<typeof runExecutorFor>>;

export async function superviseOnce(ctx: CliContext): Promise<{ result: SupervisorResult; run?: RunResult }> {
  let run: RunResult | undefined;
  const deps = await localSupervisorDeps(ctx, (r) => {
    run = r;
  });
  const result = await runSupervisor(
    deps,
    supervisorOptionsFrom(ctx.config, { now: ctx.now(), runId: ctx.runId, traceId: ctx.traceId }),
  );
  return { result, run };
}

export function describeSupervisor(result: SupervisorResult): string {
  const lines = [
    `Supervisor: ${result.decision.code}${result.dryRun ? ' (dry run: nothing changed)' : ''}`,
    `  ${result.decision.reason}`,
    // For real, only what was checked to have happened (result.done), never the plan.
    ...(result.dryRun
      ? result.planned.map((e) => `  would ${describeEffect(e)}`)
      : [
          ...result.done.map((line) => `  → ${line}`),
          ...result.skipped.map((s) => `  · not applied: ${describeEffect(s.effect)} (${s.why})`),
        ]),
    ...result.errors.map((e) => `  ! ${e}`),
  ];
  return lines.join('\n');
}

export async function supervisorCommand(ctx: CliContext): Promise<number> {
  const { result, run } = await superviseOnce(ctx);
  ctx.say(describeSupervisor(result));
  if (run) ctx.say(describeRun(run));
  ctx.result({
    decision: result.decision,
    dry_run: result.dryRun,
    planned: result.planned,
    applied: result.applied,
    skipped: result.skipped,
    errors: result.errors,
    run,
  });
  return result.errors.length > 0 ? 1 : 0;
}
