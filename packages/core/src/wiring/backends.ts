// What the executor needs, built from the config: the data plane plus the
// run journal and the switches. Locally those are files under the state
// folder; in Actions the switches come from the `vars` context (env) and
// GitHub itself records the runs.
import type { Config } from '../config';
import { UserError } from '../errors';
import type { RunHistory, VariableStore } from '../ports';
import type { ExecutorDeps } from '../services/executor';
import { createContentReader } from './content-reader';
import { buildDataPlane, type DataPlane, type WiringContext } from './data-plane';
import { buildVersionStore } from './versions';

/** The kill-switch as the workflow passes it: `WF_ENABLED: ${{ vars.WF_ENABLED }}`. Read-only. */
export function envVariableStore(env: NodeJS.ProcessEnv): VariableStore {
  return {
    get: async (name) => (env[name]?.trim() ? env[name] : undefined),
    set: async (name) => {
      throw new UserError(
        `cannot set ${name} from the executor: repository variables are changed by a human or the supervisor`,
      );
    },
  };
}

/** GitHub records workflow runs itself. */
const hostRecordedRuns: RunHistory = { recent: async () => [], record: async () => {} };

export interface Backends extends DataPlane {
  executorDeps: Omit<ExecutorDeps, 'log' | 'now' | 'random'>;
}

export async function buildBackends(
  config: Config,
  ctx: WiringContext & { controlPlane: 'local' | 'actions' },
): Promise<Backends> {
  const data = await buildDataPlane(config, ctx);
  const local = ctx.controlPlane === 'local';
  const roots = [config.contentRoot ?? process.cwd(), ctx.paths.root];
  // The state folder's run journal and switches, loaded only for a local run:
  // an action's bundle keeps them (and their file schemas) off its start path.
  const [runs, vars] = local
    ? await Promise.all([
        import('../adapters/local/runs-jsonl').then(
          ({ JsonlRunHistory }) => new JsonlRunHistory({ stateDir: ctx.paths.root, log: ctx.log }),
        ),
        import('../adapters/local/variables-json').then(
          ({ JsonVariableStore }) => new JsonVariableStore({ stateDir: ctx.paths.root }),
        ),
      ])
    : [hostRecordedRuns, envVariableStore(ctx.env)];
  return {
    ...data,
    executorDeps: {
      queue: data.queue,
      runLog: data.runLog,
      publisher: data.publisher,
      generator: data.generator,
      catalog: data.catalog,
      runs,
      vars,
      readContent: createContentReader(roots),
      versions: buildVersionStore(config, ctx),
    },
  };
}
