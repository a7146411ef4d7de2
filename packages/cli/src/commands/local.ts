// `autopilot local --mode review|publish [--release]`: the local runner.
// It writes the heartbeat before the executor starts and renews it while the
// executor runs — to a file (`<state>/local_heartbeat.json`; with
// LOCAL_HEARTBEAT_PUSH=true the checkout's `local_heartbeat.json`, committed
// and pushed) or to the LOCAL_HEARTBEAT repository variable — so the
// scheduled workflow skips its executor meanwhile. When the run ends (done,
// failed or cancelled) it releases the heartbeat, so a finished local run
// does not keep the workflow away for the rest of its lease. `--release`
// hands ownership back at once without running.
import { constants } from 'node:os';
import {
  abortOnSignals,
  type ExecutorResult,
  errorMessage,
  type Heartbeat,
  type SignalSource,
  UserError,
} from '@autopilot/core';
import type { CliContext } from '../context';
import { describeRun, runExecutorFor } from './executor';
import { heartbeatNow } from './heartbeat';
import { heartbeatWriter } from './local-heartbeat';

export interface LocalRunnerDeps {
  runExecutor: (ctx: CliContext, signal?: AbortSignal) => Promise<ExecutorResult>;
  /** Calls `renew` every `ms` until the returned stop is called (setInterval; tests drive it by hand). */
  every: (ms: number, renew: () => Promise<void>) => () => void;
  /** Where SIGINT/SIGTERM come from (default: the process). */
  signals?: SignalSource;
}

const DEFAULT_DEPS: LocalRunnerDeps = {
  runExecutor: (ctx, signal) => runExecutorFor(ctx, ctx.config.mode, signal),
  every: (ms, renew) => {
    const timer = setInterval(() => void renew(), ms);
    return () => clearInterval(timer);
  },
};

export async function runLocal(ctx: CliContext, deps: LocalRunnerDeps = DEFAULT_DEPS): Promise<number> {
  const writer = await heartbeatWriter(ctx);
  // One write at a time: a renewal never overlaps another write (or its git commit and push).
  let last: Promise<void> = Promise.resolve();
  const write = (heartbeat: Heartbeat) => {
    last = last.catch(() => {}).then(() => writer.write(heartbeat));
    return last;
  };

  // The first write must land: most failures are setup (no upstream, no credentials), said plainly.
  const mustWrite = (heartbeat: Heartbeat, what: string) =>
    write(heartbeat).catch((error) => {
      throw new UserError(`heartbeat not written to ${writer.target}, ${what}: ${errorMessage(error)}`);
    });

  if (ctx.args.flags.release) {
    await mustWrite(releasedHeartbeat(ctx), 'so ownership was not released');
    ctx.say(`released (${writer.target}): the scheduled workflow owns the pipeline again`);
    ctx.result({ released: true, target: writer.target });
    return 0;
  }
  // Before the executor starts: if the workflow cannot be told, do not race it.
  await mustWrite(heartbeatNow(ctx), 'so the executor did not start');
  ctx.log.info(`heartbeat written to ${writer.target}`);
  // Renew at a third of the max age, so a missed renewal still leaves the heartbeat healthy or warn.
  const every = Math.max(1000, (ctx.config.maxAgeMinutes * 60_000) / 3);
  const stop = deps.every(every, () =>
    write(heartbeatNow(ctx)).catch((error) => ctx.log.warn(`heartbeat renewal failed: ${errorMessage(error)}`)),
  );
  // Ctrl-C: the executor finishes what is in flight and the final beat still goes out; a second one leaves at once.
  const cancel = abortOnSignals({
    log: ctx.log,
    source: deps.signals,
    onRepeat: (signal) => {
      ctx.io.stderr(`autopilot: ${signal} again: exiting now; rows in flight return to PENDING when their lease ends`);
      process.exit(128 + constants.signals[signal]);
    },
  });
  try {
    const result = await deps.runExecutor(ctx, cancel.signal);
    ctx.say(describeRun(result));
    ctx.result(result);
    const signal = cancel.received();
    if (result.conclusion === 'cancelled' && signal) return 128 + constants.signals[signal];
    return result.conclusion === 'success' ? 0 : 1;
  } finally {
    cancel.dispose();
    stop();
    // The runner holds the pipeline only while it works: hand it back now, not when the lease runs out.
    await write(releasedHeartbeat(ctx)).then(
      () => ctx.log.info(`heartbeat released (${writer.target}): the scheduled workflow owns the pipeline again`),
      (error) =>
        ctx.log.warn(
          `heartbeat not released (${errorMessage(error)}): the workflow stays away until it expires; run \`autopilot local --release\``,
        ),
    );
  }
}

/** The heartbeat a finished run leaves: released and already expired, so every reader hands ownership back. */
export function releasedHeartbeat(ctx: CliContext): Heartbeat {
  const beat = heartbeatNow(ctx, { released: true });
  return { ...beat, expires_at: beat.timestamp };
}

export function localCommand(ctx: CliContext): Promise<number> {
  return runLocal(ctx);
}
