// The supervisor's Dispatcher on the embedded default: "dispatching" runs
// the executor in-process. A run whose process died stays `in_progress` in
// runs.jsonl, so a run counts as active only while it could still be alive.
import type { Mode } from '../model';
import type { Dispatcher, RunHistory } from '../ports';

export function createLocalDispatcher(options: {
  runs: RunHistory;
  run: (mode: Mode) => Promise<{ run_id: string }>;
  /** After this long an in-progress run is presumed dead (time budget + lease). */
  staleAfterMs: number;
  now: () => Date;
}): Dispatcher {
  return {
    async dispatch(mode) {
      const { run_id } = await options.run(mode);
      return { run_id };
    },
    async active() {
      const cutoff = options.now().getTime() - options.staleAfterMs;
      return (await options.runs.recent(20)).filter(
        (r) => r.status !== 'completed' && Date.parse(r.started_at) > cutoff,
      );
    },
  };
}
