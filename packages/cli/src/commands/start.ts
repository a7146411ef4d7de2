// `autopilot start` (npm start): the main job on the embedded default —
// init if needed, then one whole cycle: heartbeat check → supervisor (which
// runs the executor when it dispatches) → reconcile → the report; then what
// happened and where to look.
import { approvalRequired, buildDataPlane, JsonVariableStore, readSiteArticles } from '@autopilot/core';
import type { CliContext } from '../context';
import { describeRun } from './executor';
import { checkLocalHeartbeat } from './heartbeat';
import { initState } from './init';
import { describeReconcile, reconcileOnce } from './reconcile';
import { buildLocalReport } from './report';
import { nextSteps, sitePage } from './start-next';
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
  const next = await whatNext(ctx, reconcile.recommendation.decision);

  ctx.say(
    [
      '',
      'Where to look:',
      `  the blog:       ${ctx.paths.siteIndex}`,
      `  the dashboard:  ${report.htmlPath}`,
      `  the queue:      ${ctx.paths.queue}`,
      `  the run log:    ${ctx.paths.runLog}`,
      ...next.lines,
    ].join('\n'),
  );
  ctx.result({
    heartbeat: hb,
    supervisor: supervision.decision,
    run,
    reconcile: reconcile.recommendation,
    site: ctx.paths.siteIndex,
    report: report.htmlPath,
    next: next.commands,
  });
  const failed = supervision.errors.length > 0 || (run !== undefined && run.conclusion !== 'success');
  return failed ? 1 : 0;
}

/** The next steps from where the pipeline stands now: the queue, the switches and the local site. */
async function whatNext(ctx: CliContext, decision: string) {
  const vars = new JsonVariableStore({ stateDir: ctx.paths.root });
  const [rows, all, articles] = await Promise.all([
    buildDataPlane(ctx.config, ctx.wiring).then((data) => data.queue.list()),
    vars.readAll(),
    readSiteArticles(ctx.paths.root),
  ]);
  return nextSteps({
    stateDir: ctx.paths.root,
    cwd: process.cwd(),
    rows,
    vars: all,
    publishedPages: articles.filter((a) => a.status === 'published').map((a) => sitePage(ctx.paths.root, a.handle)),
    requireApproval: approvalRequired(ctx.config.requireApproval, all.REQUIRE_APPROVAL),
    decision,
    // scripts/ensure-node.sh says so when it had to fetch Node 24 for this run.
    shellNodeTooOld: process.env.AUTOPILOT_SHELL_NODE_TOO_OLD === '1',
  });
}
