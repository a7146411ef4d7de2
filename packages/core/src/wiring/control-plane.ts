// Builds the control-plane adapters: on GitHub (a token and a repository)
// or local files under the state folder (the embedded default), plus the
// notifiers. The heartbeat source is in heartbeat-source.ts. The actions
// import control-plane-github.ts alone, so their bundles hold no local adapter.
import type { Config } from '../config';
import { buildGitHubControlPlane } from './control-plane-github';
import { buildLocalControlPlane } from './control-plane-local';
import type { ControlPlane } from './control-plane-types';
import type { WiringContext } from './data-plane';

export { buildGitHubControlPlane } from './control-plane-github';
export { buildLocalControlPlane } from './control-plane-local';
export type { ControlPlane } from './control-plane-types';
// Where they used to live: the tests and the CLI import them from here.
export { gitHubOptions } from './github-options';
export { buildHeartbeatSource, type HeartbeatSourceOptions } from './heartbeat-source';
export { buildNotifier } from './notifier';

export function buildControlPlane(config: Config, ctx: WiringContext, where: 'github' | 'local'): ControlPlane {
  return where === 'local' ? buildLocalControlPlane(config, ctx) : buildGitHubControlPlane(config, ctx);
}
