// `autopilot start` (npm start): the main job on the embedded default —
// init if needed, then one whole cycle: heartbeat check → supervisor (which
// runs the executor when it dispatches) → reconcile → the report; then what
// happened and where to look.
import type { CliContext } from '../context';
import { describeRun } from './executor';
import { checkLocalHeartbeat } from './heartbeat';
import { initState } from './init';
import { describeReconcile, reconcileOnce } from './reconcile';
import { buildLocalReport } from './report';
import { describeSupervisor, superviseOnce } from './supervisor';

export async function startCommand(ctx: CliContext): Promise<number> {
  const { created } = await initState(ctx);
  if (created.length > 0) ctx.say(`Initialised ${ctx.paths.root} from the example queue.`);

  const heartbeat = await checkLocalHeartbeat(ctx);
  const hb = heartbeat.classification;
  ctx.say(`Heartbeat: ${hb.level}${hb.active ? ` — local runner ${hb.owner} owns the pipeline` : ''} (${hb.reason})`);

  const { result: supervision, run } = await superviseOnce(ctx);
  ctx.say(describeSupervisor(supervision));
  if (run) ctx.say(describeRun(run));

  const reconcile = await reconcileOnce(ctx);
  ctx.say(describeReconcile(reconcile));
  const report = await buildLocalReport(ctx);

  ctx.say(
    [
      '',
      'Where to look:',
      `  the blog:       ${ctx.paths.siteIndex}`,
      `  the dashboard:  ${report.htmlPath}`,
      `  the queue:      ${ctx.paths.queue}`,
      `  the run log:    ${ctx.paths.runLog}`,
      'Next: approve a draft with `npx autopilot queue approve --id ID`, enable publishing with',
      '`npx autopilot vars set ALLOW_PUBLISH human_enabled`, and run `npm start` again.',
    ].join('\n'),
  );
  ctx.result({
    heartbeat: hb,
    supervisor: supervision.decision,
    run,
    reconcile: reconcile.recommendation,
    site: ctx.paths.siteIndex,
    report: report.htmlPath,
  });
  const failed = supervision.errors.length > 0 || (run !== undefined && run.conclusion !== 'success');
  return failed ? 1 : 0;
}
