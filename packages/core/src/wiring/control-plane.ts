// Builds the control-plane adapters: on GitHub (a token and a repository)
// or local files under the state folder (the embedded default), plus the
// notifiers. The heartbeat source is in heartbeat-source.ts.
import { GitHubDecisionLog } from '../adapters/github/decision-log';
import { GitHubIncidentTracker } from '../adapters/github/incidents';
import { GitHubDispatcher, GitHubRunHistory } from '../adapters/github/runs';
import { GitHubVariableStore } from '../adapters/github/variables';
import { JsonDecisionLog } from '../adapters/local/decision-log-json';
import { DirIncidentTracker } from '../adapters/local/incidents-dir';
import { FileNotifier } from '../adapters/local/notify-file';
import { JsonlRunHistory } from '../adapters/local/runs-jsonl';
import { JsonVariableStore } from '../adapters/local/variables-json';
import { MultiNotifier } from '../adapters/notify/multi-notifier';
import { SlackNotifier } from '../adapters/notify/slack-notifier';
import { WebhookNotifier } from '../adapters/notify/webhook-notifier';
import type { Config } from '../config';
import type { DecisionLog, Dispatcher, IncidentTracker, Notifier, RunHistory, VariableStore } from '../ports';
import type { WiringContext } from './data-plane';
import { gitHubOptions } from './github-options';

// Where they used to live: the tests and the CLI import them from here.
export { gitHubOptions } from './github-options';
export { buildHeartbeatSource, type HeartbeatSourceOptions } from './heartbeat-source';

export function buildNotifier(config: Config, ctx: WiringContext, includeFile: boolean): Notifier {
  const targets: Notifier[] = [];
  if (includeFile) targets.push(new FileNotifier({ stateDir: ctx.paths.root, redact: ctx.redact }));
  if (config.slackWebhookUrl)
    targets.push(
      new SlackNotifier({
        webhookUrl: config.slackWebhookUrl,
        redact: ctx.redact,
        timeoutMs: config.requestTimeout * 1000,
      }),
    );
  if (config.notifyWebhookUrl) {
    targets.push(
      new WebhookNotifier({
        url: config.notifyWebhookUrl,
        redact: ctx.redact,
        timeoutMs: config.requestTimeout * 1000,
      }),
    );
  }
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
