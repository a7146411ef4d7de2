// Where the local runner's heartbeat goes:
// - `local_heartbeat.json` on the state branch (autopilot-state), through the
//   contents API: heartbeat-source `branch`, or LOCAL_HEARTBEAT_PUSH=true when
//   GitHub credentials (github-token, repository) are configured. Never a
//   commit on the default branch, which rulesets may protect.
// - the LOCAL_HEARTBEAT repository variable (heartbeat-source `variable`);
// - a file: `<state>/local_heartbeat.json` when it stays on this machine, or —
//   the documented alternative for a repository without credentials on this
//   machine — LOCAL_HEARTBEAT_PUSH=true commits the checkout's
//   `local_heartbeat.json` and pushes it with git (read with heartbeat-source file).
import { execFile } from 'node:child_process';
import { dirname, relative } from 'node:path';
import { promisify } from 'node:util';
import {
  errorMessage,
  FileHeartbeat,
  GitHubHeartbeatFile,
  GitHubVariableHeartbeat,
  gitHubOptions,
  type Heartbeat,
  heartbeatFilePath,
  UserError,
} from '@autopilot/core';
import type { CliContext } from '../context';

const exec = promisify(execFile);

/** `[skip ci]`: the heartbeat commit must not start the push-triggered workflows (ci.yml). */
export const HEARTBEAT_COMMIT_MESSAGE = 'chore: local runner heartbeat [skip ci]';

export interface HeartbeatWriter {
  /** Where it goes, in words. */
  target: string;
  /** Throws when the heartbeat could not be written (or pushed). */
  write(heartbeat: Heartbeat): Promise<void>;
}

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await exec('git', args, { cwd });
    return stdout.trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`git ${args[0]} failed: ${(stderr || errorMessage(error)).split('\n')[0]}`);
  }
}

/** With push, the file must be inside a git checkout and not ignored (the state folder is). */
async function checkPushable(path: string): Promise<void> {
  const cwd = dirname(path);
  let root: string;
  try {
    root = await git(['rev-parse', '--show-toplevel'], cwd);
  } catch {
    throw new UserError(
      `heartbeat-push (LOCAL_HEARTBEAT_PUSH) is true but heartbeat-file ${path} is not inside a git checkout; run from the repository root or set heartbeat-file`,
    );
  }
  const ignored = await exec('git', ['check-ignore', '--quiet', '--', path], { cwd }).then(
    () => true,
    () => false,
  );
  if (ignored) {
    throw new UserError(
      `heartbeat-push (LOCAL_HEARTBEAT_PUSH) is true but heartbeat-file ${relative(root, path)} is ignored by git (see .gitignore); the workflows can only read a committed file`,
    );
  }
  try {
    await git(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], cwd);
  } catch {
    throw new UserError(
      'heartbeat-push (LOCAL_HEARTBEAT_PUSH) is true but the current branch has no upstream to push to; push it once with `git push -u origin <branch>`',
    );
  }
}

/** Commit only the heartbeat file and push it; when the remote moved on (e.g. reconcile's decision log), rebase once and push again. */
async function commitAndPush(path: string): Promise<void> {
  const cwd = dirname(path);
  await git(['add', '--', path], cwd);
  await git(['commit', '--quiet', '--only', '-m', HEARTBEAT_COMMIT_MESSAGE, '--', path], cwd);
  try {
    await git(['push', '--quiet'], cwd);
  } catch (pushError) {
    try {
      await git(['pull', '--rebase', '--autostash', '--quiet'], cwd);
    } catch (pullError) {
      throw new Error(`${errorMessage(pushError)}; ${errorMessage(pullError)}`);
    }
    await git(['push', '--quiet'], cwd);
  }
}

/** The heartbeat on the state branch through the contents API; a missing token or repository names the setting. */
function stateBranchWriter(ctx: CliContext, why: string): HeartbeatWriter {
  const { config } = ctx;
  let options: ReturnType<typeof gitHubOptions>;
  try {
    options = gitHubOptions(config, ctx);
  } catch (error) {
    throw new UserError(
      `${why} writes local_heartbeat.json on the branch ${config.stateBranch}: ${errorMessage(error)}`,
    );
  }
  const sink = new GitHubHeartbeatFile({ ...options, branch: config.stateBranch });
  return { target: sink.where, write: (heartbeat) => sink.write(heartbeat) };
}

export async function heartbeatWriter(ctx: CliContext): Promise<HeartbeatWriter> {
  const { config } = ctx;
  if (config.heartbeatSource === 'url') {
    throw new UserError(
      'heartbeat-source url is read-only: the local runner writes to the state branch (heartbeat-source branch), a file (heartbeat-source file) or the LOCAL_HEARTBEAT variable (heartbeat-source variable)',
    );
  }
  if (config.heartbeatSource === 'branch') return stateBranchWriter(ctx, 'heartbeat-source branch');
  if (config.heartbeatSource === 'variable') {
    const sink = new GitHubVariableHeartbeat(gitHubOptions(config, ctx));
    return { target: 'the LOCAL_HEARTBEAT repository variable', write: (heartbeat) => sink.write(heartbeat) };
  }
  const path = heartbeatFilePath(config.heartbeatFile, ctx.paths, config.heartbeatPush);
  const file = new FileHeartbeat({ path });
  if (!config.heartbeatPush) return { target: path, write: (heartbeat) => file.write(heartbeat) };
  // With credentials, the push goes to the state branch through the API (read it with heartbeat-source branch).
  if (config.githubToken && config.repository) return stateBranchWriter(ctx, 'heartbeat-push');
  await checkPushable(path);
  return {
    target: `${path} (committed and pushed)`,
    write: async (heartbeat) => {
      await file.write(heartbeat);
      await commitAndPush(path);
    },
  };
}
