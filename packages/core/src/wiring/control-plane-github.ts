// The control plane on GitHub: repository variables, workflow runs, issues
// as incidents, the decision log on the state branch. Apart from the local
// one (control-plane-local.ts) so an action's bundle loads only this one.
import { GitHubDecisionLog } from '../adapters/github/decision-log';
import { GitHubIncidentTracker } from '../adapters/github/incidents';
import { GitHubDispatcher, GitHubRunHistory } from '../adapters/github/runs';
import { GitHubVariableStore } from '../adapters/github/variables';
import type { Config } from '../config';
import type { ControlPlane } from './control-plane-types';
import type { WiringContext } from './data-plane';
import { gitHubOptions } from './github-options';
import { buildNotifier } from './notifier';

export function buildGitHubControlPlane(config: Config, ctx: WiringContext): ControlPlane {
  const github = gitHubOptions(config, ctx);
  return {
    vars: new GitHubVariableStore(github),
    runs: new GitHubRunHistory(github),
    incidents: new GitHubIncidentTracker({ ...github, redact: ctx.redact }),
    // On the state branch, never the default branch (rulesets protect it).
    decisions: new GitHubDecisionLog({ ...github, branch: config.stateBranch, path: config.decisionLogPath }),
    notifier: buildNotifier(config, ctx, false),
    dispatcher: new GitHubDispatcher(github),
    where: 'github',
  };
}
