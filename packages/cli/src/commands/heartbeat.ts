// `autopilot heartbeat write|check`: the local runner's heartbeat file.
import {
  buildHeartbeatSource,
  checkHeartbeat,
  FileHeartbeat,
  type Heartbeat,
  heartbeatPolicyFrom,
  UserError,
} from '@autopilot/core';
import type { CliContext } from '../context';

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

export async function heartbeatCommand(ctx: CliContext, rest: string[]): Promise<number> {
  const [sub] = rest;
  if (sub === 'write') {
    const file = new FileHeartbeat({ path: ctx.config.heartbeatFile ?? ctx.paths.heartbeat });
    const heartbeat = heartbeatNow(ctx, ctx.args.flags.release ? { released: true } : {});
    await file.write(heartbeat);
    ctx.say(
      `heartbeat written: ${heartbeat.owner} (${heartbeat.mode}) at ${heartbeat.iso}${heartbeat.released ? ', released' : ''}`,
    );
    ctx.result(heartbeat);
    return 0;
  }
  if (sub === 'check') {
    const source = buildHeartbeatSource(ctx.config, { paths: ctx.paths, env: ctx.env, log: ctx.log });
    const outcome = await checkHeartbeat(
      { source, log: ctx.log },
      { ...heartbeatPolicyFrom(ctx.config), now: ctx.now() },
    );
    const c = outcome.classification;
    ctx.say(`${c.level}${c.active ? ' (active)' : ''}: ${c.reason}`);
    ctx.result(c);
    return 0;
  }
  throw new UserError(`heartbeat needs a subcommand: write or check (got "${sub ?? ''}")`);
}
