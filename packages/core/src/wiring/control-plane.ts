// Builds the control-plane adapters: on GitHub (a token and a repository)
// or local files under the state folder (the embedded default), plus the
// heartbeat source and the notifiers.
import {
  GitHubDecisionLog,
  GitHubDispatcher,
  GitHubHeartbeatFile,
  GitHubIncidentTracker,
  type GitHubOptions,
  GitHubRunHistory,
  GitHubVariableHeartbeat,
  GitHubVariableStore,
} from '../adapters/github';
import { JsonDecisionLog } from '../adapters/local/decision-log-json';
import { FileHeartbeat } from '../adapters/local/heartbeat-file';
import { UrlHeartbeatSource } from '../adapters/local/heartbeat-url';
import { DirIncidentTracker } from '../adapters/local/incidents-dir';
import { FileNotifier } from '../adapters/local/notify-file';
import { JsonlRunHistory } from '../adapters/local/runs-jsonl';
import { JsonVariableStore } from '../adapters/local/variables-json';
import { MultiNotifier, SlackNotifier, WebhookNotifier } from '../adapters/notify';
import type { Config } from '../config';
import { parseHeartbeat } from '../domain/heartbeat';
import { errorMessage, UserError } from '../errors';
import type {
  DecisionLog,
  Dispatcher,
  HeartbeatSource,
  IncidentTracker,
  Notifier,
  RunHistory,
  VariableStore,
} from '../ports';
import type { WiringContext } from './data-plane';
import { heartbeatFilePath } from './paths';

export function gitHubOptions(config: Config, ctx: Pick<WiringContext, 'log'>): GitHubOptions {
  if (!config.githubToken) {
    throw new UserError('github-token is missing: pass a token (AUTOPILOT_TOKEN for the supervisor; see RUNBOOK.md)');
  }
  const [owner, repo, ...rest] = (config.repository ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new UserError(
      `repository "${config.repository ?? ''}" is not valid; expected owner/name (GITHUB_REPOSITORY)`,
    );
  }
  return {
    token: config.githubToken,
    owner,
    repo,
    baseUrl: config.githubApiUrl,
    workflowFile: config.workflowFile,
    ref: config.workflowRef,
    log: ctx.log,
  };
}

/** A source that cannot be built (a setting is missing): every read says why, so heartbeat-check warns instead of crashing. */
function unusableSource(source: string, detail: string): HeartbeatSource {
  return { read: async () => ({ ok: false, reason: 'unreachable', detail, source }) };
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
  ctx: Pick<WiringContext, 'paths' | 'env' | 'log'>,
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
      try {
        return new GitHubVariableHeartbeat(gitHubOptions(config, ctx));
      } catch (error) {
        return unusableSource(
          'variable LOCAL_HEARTBEAT',
          `heartbeat-source is variable, LOCAL_HEARTBEAT is not in the environment, and it cannot be read through the API: ${errorMessage(error)}`,
        );
      }
    }
    case 'branch':
      try {
        return new GitHubHeartbeatFile({ ...gitHubOptions(config, ctx), branch: config.stateBranch });
      } catch (error) {
        return unusableSource(
          `local_heartbeat.json on the branch ${config.stateBranch}`,
          `heartbeat-source is branch but the state branch cannot be read: ${errorMessage(error)}`,
        );
      }
    default:
      return new FileHeartbeat({
        path: heartbeatFilePath(config.heartbeatFile, ctx.paths, options.inCheckout ?? config.heartbeatPush),
      });
  }
}

export function buildNotifier(config: Config, ctx: WiringContext, includeFile: boolean): Notifier {
  const targets: Notifier[] = [];
  if (includeFile) targets.push(new FileNotifier({ stateDir: ctx.paths.root, redact: ctx.redact }));
  if (config.slackWebhookUrl)
    targets.push(new SlackNotifier({ webhookUrl: config.slackWebhookUrl, redact: ctx.redact }));
  if (config.notifyWebhookUrl) targets.push(new WebhookNotifier({ url: config.notifyWebhookUrl, redact: ctx.redact }));
  return new MultiNotifier(targets, ctx.redact);
}

export interface ControlPlane {
  vars: VariableStore;
  runs: RunHistory;
  incidents: IncidentTracker;
  decisions: DecisionLog;
  notifier: Notifier;
  /** GitHub's dispatcher; locally the host supplies one that runs the executor in-process. */
  dispatcher?: Dispatcher;
  where: 'github' | 'local';
}

export function buildControlPlane(config: Config, ctx: WiringContext, where: 'github' | 'local'): ControlPlane {
  if (where === 'local') {
    return {
      vars: new JsonVariableStore({ stateDir: ctx.paths.root }),
      runs: new JsonlRunHistory({ stateDir: ctx.paths.root, log: ctx.log }),
      incidents: new DirIncidentTracker({ stateDir: ctx.paths.root, redact: ctx.redact }),
      decisions: new JsonDecisionLog({ path: ctx.paths.decisionLog }),
      notifier: buildNotifier(config, ctx, true),
      where,
    };
  }
  const github = gitHubOptions(config, ctx);
  return {
    vars: new GitHubVariableStore(github),
    runs: new GitHubRunHistory(github),
    incidents: new GitHubIncidentTracker({ ...github, redact: ctx.redact }),
    // On the state branch, never the default branch (rulesets protect it).
    decisions: new GitHubDecisionLog({ ...github, branch: config.stateBranch, path: config.decisionLogPath }),
    notifier: buildNotifier(config, ctx, false),
    dispatcher: new GitHubDispatcher(github),
    where,
  };
}
