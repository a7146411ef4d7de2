// The control plane in the state folder (the embedded default): variables,
// runs, incidents and the decision log as local files.
import { JsonDecisionLog } from '../adapters/local/decision-log-json';
import { DirIncidentTracker } from '../adapters/local/incidents-dir';
import { JsonlRunHistory } from '../adapters/local/runs-jsonl';
import { JsonVariableStore } from '../adapters/local/variables-json';
import type { Config } from '../config';
import type { ControlPlane } from './control-plane-types';
import type { WiringContext } from './data-plane';
import { buildNotifier } from './notifier';

export function buildLocalControlPlane(config: Config, ctx: WiringContext): ControlPlane {
  return {
    vars: new JsonVariableStore({ stateDir: ctx.paths.root }),
    runs: new JsonlRunHistory({ stateDir: ctx.paths.root, log: ctx.log }),
    incidents: new DirIncidentTracker({ stateDir: ctx.paths.root, redact: ctx.redact }),
    decisions: new JsonDecisionLog({ path: ctx.paths.decisionLog }),
    notifier: buildNotifier(config, ctx, true),
    where: 'local',
  };
}
