// `autopilot local --mode review|publish [--release]`: the local runner.
// It writes the heartbeat before the executor starts and renews it while the
// executor runs — to the heartbeat file (committed and pushed with
// LOCAL_HEARTBEAT_PUSH=true) or to the LOCAL_HEARTBEAT repository variable —
// so the scheduled workflow skips its executor meanwhile. `--release` hands
// ownership back at once.
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import {
  errorMessage,
  FileHeartbeat,
  GitHubVariableHeartbeat,
  gitHubOptions,
  type Heartbeat,
  type HeartbeatSink,
  UserError,
} from '@autopilot/core';
import type { CliContext } from '../context';
import { describeRun, runExecutorFor } from './executor';
import { heartbeatNow } from './heartbeat';

const run = promisify(execFile);

function heartbeatSink(ctx: CliContext): { sink: HeartbeatSink; path?: string } {
  switch (ctx.config.heartbeatSource) {
    case 'variable':
      return { sink: new GitHubVariableHeartbeat(gitHubOptions(ctx.config, ctx)) };
    case 'url':
      throw new UserError(
        'heartbeat-source url is read-only: the local runner writes a file or the LOCAL_HEARTBEAT variable',
      );
    default: {
      const path = ctx.config.heartbeatFile ?? ctx.paths.heartbeat;
      return { sink: new FileHeartbeat({ path }), path };
    }
  }
}

/** Commit and push the heartbeat file so the workflow's checkout sees it. */
async function pushHeartbeat(ctx: CliContext, path: string): Promise<void> {
  const cwd = dirname(path);
  try {
    await run('git', ['add', path], { cwd });
    await run('git', ['commit', '--quiet', '-m', 'chore: local runner heartbeat', '--', path], { cwd });
    await run('git', ['push', '--quiet'], { cwd });
  } catch (error) {
    ctx.log.warn(`heartbeat not pushed: ${errorMessage(error).split('\n')[0]}`);
  }
}

export async function localCommand(ctx: CliContext): Promise<number> {
  const { sink, path } = heartbeatSink(ctx);
  const write = async (heartbeat: Heartbeat) => {
    await sink.write(heartbeat);
    if (path && ctx.config.heartbeatPush) await pushHeartbeat(ctx, path);
  };
  if (ctx.args.flags.release) {
    await write(heartbeatNow(ctx, { released: true }));
    ctx.say('released: the scheduled workflow owns the pipeline again');
    ctx.result({ released: true });
    return 0;
  }
  await write(heartbeatNow(ctx));
  // Renew at a third of the max age, so a missed renewal still leaves the heartbeat healthy or warn.
  const every = Math.max(1000, (ctx.config.maxAgeMinutes * 60_000) / 3);
  const timer = setInterval(() => {
    write(heartbeatNow(ctx)).catch((error) => ctx.log.warn(`heartbeat renewal failed: ${errorMessage(error)}`));
  }, every);
  try {
    const result = await runExecutorFor(ctx);
    ctx.say(describeRun(result));
    ctx.result(result);
    return result.conclusion === 'success' ? 0 : 1;
  } finally {
    clearInterval(timer);
    await write(heartbeatNow(ctx));
  }
}
