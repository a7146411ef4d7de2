// `autopilot heartbeat write|check`: the local heartbeat (`<state>/local_heartbeat.json`,
// or the checkout's `local_heartbeat.json` with LOCAL_HEARTBEAT_PUSH=true; with
// heartbeat-source branch, `local_heartbeat.json` on the state branch).
import {
  buildControlPlane,
  buildHeartbeatSource,
  checkHeartbeat,
  FileHeartbeat,
  type Heartbeat,
  type HeartbeatCheckResult,
  heartbeatFilePath,
  heartbeatPolicyFrom,
  UserError,
} from '@autopilot/core';
import type { CliContext } from '../context';
import { heartbeatWriter } from './local-heartbeat';

export function heartbeatNow(ctx: CliContext, extra: Partial<Heartbeat> = {}): Heartbeat {
  const now = ctx.now();
  const seconds = Math.floor(now.getTime() / 1000);
  return {
    timestamp: seconds,
    iso: now.toISOString(),
    owner: ctx.owner,
    mode: ctx.config.mode,
    expires_at: seconds + Math.round(ctx.config.maxAgeMinutes * 60),
    ...extra,
  };
}

/**
 * heartbeat-check as the action does it, on the local incidents
 * (`<state>/incidents/`): with expect-local, a heartbeat stale past
 * stale-grace-minutes opens `heartbeat-stale`, a fresh one resolves it.
 */
export async function checkLocalHeartbeat(ctx: CliContext): Promise<HeartbeatCheckResult> {
  const policy = heartbeatPolicyFrom(ctx.config);
  const control = policy.expectLocal ? buildControlPlane(ctx.config, ctx.wiring, 'local') : undefined;
  return checkHeartbeat(
    {
      source: buildHeartbeatSource(ctx.config, ctx.wiring),
      incidents: control?.incidents,
      notifier: control?.notifier,
      log: ctx.log,
      redact: ctx.redact,
    },
    { ...policy, now: ctx.now(), runId: ctx.runId, traceId: ctx.traceId },
  );
}

export async function heartbeatCommand(ctx: CliContext, rest: string[]): Promise<number> {
  const [sub] = rest;
  if (sub === 'write') {
    const heartbeat = heartbeatNow(ctx, ctx.args.flags.release ? { released: true } : {});
    let path: string;
    if (ctx.config.heartbeatSource === 'branch') {
      // Where the local runner writes it, and the workflows read it.
      const writer = await heartbeatWriter(ctx);
      await writer.write(heartbeat);
      path = writer.target;
    } else {
      path = heartbeatFilePath(ctx.config.heartbeatFile, ctx.paths, ctx.config.heartbeatPush);
      await new FileHeartbeat({ path }).write(heartbeat);
    }
    ctx.say(
      `heartbeat written to ${path}: ${heartbeat.owner} (${heartbeat.mode}) at ${heartbeat.iso}${heartbeat.released ? ', released' : ''}`,
    );
    ctx.result(heartbeat);
    return 0;
  }
  if (sub === 'check') {
    const outcome = await checkLocalHeartbeat(ctx);
    const c = outcome.classification;
    ctx.say(`${c.level}${c.active ? ' (active)' : ''}: ${c.reason}`);
    if (outcome.incidentAction !== 'none') ctx.say(`heartbeat-stale incident: ${outcome.incidentAction}`);
    ctx.result({ ...c, incident: outcome.incidentAction });
    return 0;
  }
  throw new UserError(`heartbeat needs a subcommand: write or check (got "${sub ?? ''}")`);
}
