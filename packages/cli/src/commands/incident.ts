// `autopilot incident open|update|resolve --key K [--title T --body B --severity S]`
// on the local incidents/ folder (or GitHub with --github-token and --repository).
import { buildControlPlane, incidentRequestFrom, runIncident, UserError } from '@autopilot/core';
import type { CliContext } from '../context';

export async function incidentCommand(ctx: CliContext, rest: string[]): Promise<number> {
  const [action] = rest;
  if (action !== 'open' && action !== 'update' && action !== 'resolve') {
    throw new UserError(`incident needs open, update or resolve (got "${action ?? ''}")`);
  }
  const where = ctx.config.githubToken && ctx.config.repository ? 'github' : 'local';
  const control = buildControlPlane(ctx.config, ctx.wiring, where);
  const request = incidentRequestFrom(
    { ...ctx.config, incidentAction: action },
    { now: ctx.now(), runId: ctx.runId, traceId: ctx.traceId },
  );
  const outcome = await runIncident(
    { incidents: control.incidents, notifier: control.notifier, redact: ctx.redact, log: ctx.log },
    request,
  );
  ctx.say(
    `${request.key}: ${outcome.action}${outcome.incident ? ` (${outcome.incident.state}, ${outcome.incident.url ?? outcome.incident.id})` : ''}`,
  );
  ctx.result(outcome);
  return 0;
}
