// The heartbeat source from the config: a file, a URL, the LOCAL_HEARTBEAT
// variable or local_heartbeat.json on the state branch. The two GitHub
// sources load their adapter (and Octokit) on their first read, so a check
// that reads a file starts without them (issue 12).

import type { GitHubOptions } from '../adapters/github/client';
import { FileHeartbeat } from '../adapters/local/heartbeat-file';
import { UrlHeartbeatSource } from '../adapters/local/heartbeat-url';
import type { Config } from '../config';
import { parseHeartbeat } from '../domain/heartbeat';
import { errorMessage } from '../errors';
import type { HeartbeatSource, Logger } from '../ports';
import { gitHubOptions } from './github-options';
import { heartbeatFilePath, type StatePaths } from './paths';

/** A source that cannot be built (a setting is missing): every read says why, so heartbeat-check warns instead of crashing. */
function unusableSource(source: string, detail: string): HeartbeatSource {
  return { read: async () => ({ ok: false, reason: 'unreachable', detail, source }) };
}

/** A source built on its first read; if it cannot be built, the read says why (never throws, like the others). */
function loadedOnRead(source: string, detail: string, load: () => Promise<HeartbeatSource>): HeartbeatSource {
  let loaded: Promise<HeartbeatSource> | undefined;
  return {
    read: async () => {
      let target: HeartbeatSource;
      try {
        loaded ??= load();
        target = await loaded;
      } catch (error) {
        return unusableSource(source, `${detail}: ${errorMessage(error)}`).read();
      }
      return target.read();
    },
  };
}

/**
 * A source read through the GitHub API: without the API's settings (no
 * token) every read says why; otherwise the adapter is loaded on the first read.
 */
function gitHubSource(
  config: Config,
  ctx: { log: Logger },
  source: string,
  detail: string,
  load: (github: GitHubOptions) => Promise<HeartbeatSource>,
): HeartbeatSource {
  let github: GitHubOptions;
  try {
    github = gitHubOptions(config, ctx);
  } catch (error) {
    return unusableSource(source, `${detail}: ${errorMessage(error)}`);
  }
  return loadedOnRead(source, detail, () => load(github));
}

export interface HeartbeatSourceOptions {
  /**
   * The heartbeat file is the checkout's `local_heartbeat.json` unless
   * `heartbeat-file` says otherwise: true in the actions (they read what the
   * local runner pushed); the CLI's default is `heartbeat-push`.
   */
  inCheckout?: boolean;
}

/**
 * Heartbeat from the configured source; `LOCAL_HEARTBEAT` in the environment
 * (the `vars` context) wins for `variable`. Never throws: a missing setting
 * becomes a source whose reads fail with a reason naming the setting.
 */
export function buildHeartbeatSource(
  config: Config,
  ctx: { paths: StatePaths; env: NodeJS.ProcessEnv; log: Logger },
  options: HeartbeatSourceOptions = {},
): HeartbeatSource {
  switch (config.heartbeatSource) {
    case 'url':
      if (!config.heartbeatUrl)
        return unusableSource(
          'heartbeat-url',
          'heartbeat-source is url but heartbeat-url (LOCAL_HEARTBEAT_URL) is not set; set it or choose heartbeat-source file or variable',
        );
      return new UrlHeartbeatSource({ url: config.heartbeatUrl, timeoutMs: config.heartbeatTimeout * 1000 });
    case 'variable': {
      const value = ctx.env.LOCAL_HEARTBEAT;
      if (value !== undefined) {
        return {
          read: async () =>
            value.trim() === ''
              ? {
                  ok: false,
                  reason: 'missing',
                  detail: 'the LOCAL_HEARTBEAT variable is empty',
                  source: 'variable LOCAL_HEARTBEAT',
                }
              : parseHeartbeat(value, 'variable LOCAL_HEARTBEAT'),
        };
      }
      return gitHubSource(
        config,
        ctx,
        'variable LOCAL_HEARTBEAT',
        'heartbeat-source is variable, LOCAL_HEARTBEAT is not in the environment, and it cannot be read through the API',
        async (github) => new (await import('../adapters/github/heartbeat')).GitHubVariableHeartbeat(github),
      );
    }
    case 'branch':
      return gitHubSource(
        config,
        ctx,
        `local_heartbeat.json on the branch ${config.stateBranch}`,
        'heartbeat-source is branch but the state branch cannot be read',
        async (github) =>
          new (await import('../adapters/github/heartbeat')).GitHubHeartbeatFile({
            ...github,
            branch: config.stateBranch,
          }),
      );
    default:
      return new FileHeartbeat({
        path: heartbeatFilePath(config.heartbeatFile, ctx.paths, options.inCheckout ?? config.heartbeatPush),
      });
  }
}
